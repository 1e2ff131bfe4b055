package jp.medsec.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API.md "Staff and training records" on the shared server: rosters and training records as CSV in UTF-8 (with and
 * without BOM) and CP932, CRLF, quoted fields with commas and line breaks, Japanese headers; every bad line named;
 * nothing twice; files refused whole; who may send what.
 */
class TrainingApiIT {

    private static final String STAFF = WebClient.basic("staff", "medsec-staff");
    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private record Hospital(long id, String code, String officer) {
    }

    private static Hospital hospital(String name, String tier) throws Exception {
        long id = Fixtures.institution(name).prefecture(27).beds(300).tier(tier).insert();
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + id + " WHERE username = '" + officer + "'");
        return new Hospital(id, TestDatabase.scalar("SELECT institution_code FROM institution WHERE id = " + id), officer);
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body, String auth) throws Exception {
        return new WebClient().sendBytes("POST", path, contentType, body, "Authorization", auth);
    }

    private static String officer(Hospital h) {
        return WebClient.basic(h.officer(), "it-officer-pass");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String rejectedLines(JsonObject answer) {
        StringBuilder lines = new StringBuilder();
        for (JsonObject r : answer.getJsonArray("rejected").getValuesAs(JsonObject.class)) {
            lines.append(r.getInt("line")).append(':').append(r.isNull("column") ? "-" : r.getString("column")).append(' ');
        }
        return lines.toString().strip();
    }

    @Test
    void aCp932RosterWithJapaneseHeadersIsUpsertedAndBadLinesAreNamed() throws Exception {
        Hospital h = hospital("名簿試験病院", "SELF_DEFENDING");
        String csv = "職員番号,氏名,フリガナ,部署,職種,入職日,退職日\r\n"
                + "A-001,山田 太郎,ヤマダ タロウ,医療情報部,事務,2020-04-01,\r\n"
                + "A-002,\"佐藤, 花子\",サトウ ハナコ,\"看護部\r\n第一病棟\",看護師,2019/4/1,\r\n"
                + "A-003,鈴木 一郎,,放射線部,技師,2025-02-30,\r\n"
                + "A-004,高橋 次郎,,薬剤部,薬剤師,2024-04-01,2023-03-31\r\n"
                + ",名無し,,,,2024-04-01,\r\n"
                + "A-001,山田 太郎（重複）,,医療情報部,事務,2020-04-01,\r\n"
                + "A-005,伊藤 三郎,,医療情報部,医師,2021-10-01,2026-09-30\r\n";
        HttpResponse<String> answer = post("/api/v1/institutions/" + h.code() + "/staff", "text/csv; charset=Shift_JIS",
                csv.getBytes(CP932), officer(h));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject json = WebClient.json(answer);
        assertEquals(3, json.getInt("accepted"), answer.body());
        // the quoted field with a line break makes line 3 two lines long: the next line is 5
        assertEquals("5:employedFrom 6:employedUntil 7:staffNumber 8:staffNumber", rejectedLines(json));
        assertTrue(json.getJsonArray("rejected").getJsonObject(0).getString("message").contains("2025-02-30"), answer.body());
        assertEquals("佐藤, 花子|看護部\n第一病棟|2019-04-01", TestDatabase.scalar("SELECT CONCAT(name, '|', REPLACE(department, '\r', ''), '|', "
                + "employed_from) FROM staff_member WHERE institution_id = " + h.id() + " AND staff_number = 'A-002'"));
        String changedAt = TestDatabase.scalar("SELECT MAX(updated_at) FROM staff_member WHERE institution_id = " + h.id());

        // The same file again changes nothing; an officer's leaver line updates one person.
        Thread.sleep(5);
        JsonObject again = WebClient.json(post("/api/v1/institutions/" + h.code() + "/staff", "text/csv; charset=Shift_JIS",
                csv.getBytes(CP932), officer(h)));
        assertEquals(3, again.getInt("accepted"));
        assertEquals(changedAt, TestDatabase.scalar("SELECT MAX(updated_at) FROM staff_member WHERE institution_id = " + h.id()));
        assertEquals("3", TestDatabase.scalar("SELECT COUNT(*) FROM staff_member WHERE institution_id = " + h.id()));
        JsonObject leaver = WebClient.json(post("/api/v1/institutions/" + h.code() + "/staff", "text/csv",
                concat(BOM, "staffNumber,name,employedFrom,employedUntil\nA-001,山田 太郎,2020-04-01,2026-11-30\n"
                        .getBytes(StandardCharsets.UTF_8)), officer(h)));
        assertEquals(1, leaver.getInt("accepted"), leaver.toString());
        assertEquals("2026-11-30|医療情報部", TestDatabase.scalar("SELECT CONCAT(employed_until, '|', department) "
                + "FROM staff_member WHERE institution_id = " + h.id() + " AND staff_number = 'A-001'"),
                "a column left out keeps what is stored");
    }

    @Test
    void filesRefusedWholeAndOtherInstitutionsRostersStoreNothing() throws Exception {
        Hospital h = hospital("名簿拒否試験病院", "ASSISTED");
        Hospital other = hospital("名簿他院試験病院", "ASSISTED");
        String path = "/api/v1/institutions/" + h.code() + "/staff";
        HttpResponse<String> noColumn = post(path, "text/csv", "staffNumber,name\nB-1,田中\n".getBytes(StandardCharsets.UTF_8), officer(h));
        assertEquals(400, noColumn.statusCode(), noColumn.body());
        assertEquals("invalid_csv", WebClient.json(noColumn).getString("error"));
        assertTrue(noColumn.body().contains("employedFrom"), "names the missing column: " + noColumn.body());
        HttpResponse<String> empty = post(path, "text/csv", new byte[0], officer(h));
        assertEquals(400, empty.statusCode(), empty.body());
        HttpResponse<String> json = new WebClient().send("POST", path, "application/json", "{}", "Authorization", officer(h));
        assertEquals(415, json.statusCode(), json.body());
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM staff_member WHERE institution_id = " + h.id()));

        byte[] good = "staffNumber,name,employedFrom\nB-1,田中,2024-04-01\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(404, post("/api/v1/institutions/" + other.code() + "/staff", "text/csv", good, officer(h)).statusCode(),
                "another institution's roster is not the officer's to send");
        assertEquals(404, post("/api/v1/institutions/0000000000/staff", "text/csv", good, STAFF).statusCode());
        String provider = TestDatabase.newAccount("TRAINING_PROVIDER", "it-provider-pass");
        assertEquals(403, post(path, "text/csv", good, WebClient.basic(provider, "it-provider-pass")).statusCode(),
                "a training provider sends records, nothing else");
        assertEquals(401, post(path, "text/csv", good, WebClient.basic(h.officer(), "wrong")).statusCode());
        assertEquals(200, post("/api/v1/institutions/" + other.code() + "/staff", "text/csv", good, STAFF).statusCode(),
                "staff send any institution's roster");
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM staff_member WHERE institution_id = " + h.id()));
    }

    @Test
    void trainingRecordsFromAProviderAndAnOfficerAreCheckedLineByLine() throws Exception {
        Hospital a = hospital("研修記録試験病院A", "SELF_DEFENDING");
        Hospital b = hospital("研修記録試験病院B", "ASSISTED");
        for (Hospital h : List.of(a, b)) {
            assertEquals(200, post("/api/v1/institutions/" + h.code() + "/staff", "text/csv",
                    "staffNumber,name,employedFrom\nS-1,一番,2020-04-01\nS-2,二番,2020-04-01\n".getBytes(StandardCharsets.UTF_8),
                    STAFF).statusCode());
        }
        String provider = TestDatabase.newAccount("TRAINING_PROVIDER", "it-provider-pass");
        String records = "\uFEFFinstitutionCode,staffNumber,date,kind,title,provider,note\n"
                + a.code() + ",S-1,2026-06-01,LECTURE,\"情報セキュリティ講習会, 2026年度\",院内,\n"
                + b.code() + ",S-1,2026/7/1,eラーニング,標的型メール対策,ML社,\n"
                + b.code() + ",S-2,2026-07-01,webinar,標的型メール対策,ML社,\n"
                + a.code() + ",S-9,2026-07-01,講習会,講習,院内,\n"
                + "0000000000,S-1,2026-07-01,講習会,講習,院内,\n"
                + a.code() + ",S-2,2026-13-01,講習会,講習,院内,\n"
                + a.code() + ",S-2,2026-08-01,講習会,,院内,\n";
        HttpResponse<String> sent = post("/api/v1/training-records", "text/csv; charset=UTF-8",
                records.getBytes(StandardCharsets.UTF_8), WebClient.basic(provider, "it-provider-pass"));
        assertEquals(200, sent.statusCode(), sent.body());
        JsonObject answer = WebClient.json(sent);
        assertEquals(2, answer.getInt("accepted"), sent.body());
        assertEquals("4:kind 5:staffNumber 6:institutionCode 7:date 8:title", rejectedLines(answer));
        JsonArray rejected = answer.getJsonArray("rejected");
        assertTrue(rejected.getJsonObject(0).getString("message").contains("webinar"), sent.body());
        assertEquals("情報セキュリティ講習会, 2026年度|LECTURE", TestDatabase.scalar("SELECT CONCAT(r.title, '|', r.kind) FROM "
                + "training_record r JOIN staff_member s ON s.id = r.staff_member_id WHERE s.institution_id = " + a.id()));
        HttpResponse<String> twice = post("/api/v1/training-records", "text/csv; charset=UTF-8",
                records.getBytes(StandardCharsets.UTF_8), WebClient.basic(provider, "it-provider-pass"));
        assertEquals(2, WebClient.json(twice).getInt("accepted"), "already there counts as accepted");
        assertEquals("2", TestDatabase.scalar("SELECT COUNT(*) FROM training_record r JOIN staff_member s ON s.id = "
                + "r.staff_member_id WHERE s.institution_id IN (" + a.id() + ", " + b.id() + ")"), "nothing twice");

        // An officer's line for another institution is a refused line; their own is stored. CP932 without a charset.
        String own = "医療機関コード,職員番号,受講日,形式,研修名\r\n"
                + a.code() + ",S-2,2026-09-01,講習会,秋の講習会\r\n"
                + b.code() + ",S-2,2026-09-01,講習会,秋の講習会\r\n";
        JsonObject officers = WebClient.json(post("/api/v1/training-records", "text/csv", own.getBytes(CP932), officer(a)));
        assertEquals(1, officers.getInt("accepted"), officers.toString());
        assertEquals("3:institutionCode", rejectedLines(officers));
        assertEquals("秋の講習会", TestDatabase.scalar("SELECT r.title FROM training_record r JOIN staff_member s ON "
                + "s.id = r.staff_member_id WHERE s.institution_id = " + a.id() + " AND s.staff_number = 'S-2'"));
        HttpResponse<String> noTitle = post("/api/v1/training-records", "text/csv",
                "institutionCode,staffNumber,date,kind\n".getBytes(StandardCharsets.UTF_8), officer(a));
        assertEquals(400, noTitle.statusCode(), noTitle.body());
        assertTrue(noTitle.body().contains("title"), noTitle.body());
        String holder = TestDatabase.newAccount("HOLDER", "it-holder-pass");
        assertEquals(403, post("/api/v1/training-records", "text/csv", own.getBytes(CP932),
                WebClient.basic(holder, "it-holder-pass")).statusCode());
    }
}
