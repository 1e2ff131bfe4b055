package jp.medsec.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff export a filtered list as CSV for Excel: every row the filters select (not only the page shown), UTF-8 with a
 * BOM, Japanese headers and words; officers and holders are refused; a filter value that is no value is a 400.
 */
class ListExportIT {

    @Test
    void theHolderListExportsEveryRowItsFiltersSelect() throws Exception {
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> csv = staff.get("/staff/documents/holders.csv?status=RENEWAL_DUE");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = csv.body();
        assertTrue(body.startsWith("\uFEFF氏名,氏名（カナ）,都道府県,所属,資格と状態\r\n"), body.substring(0, Math.min(80, body.length())));
        long rows = body.lines().count() - 1;
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(DISTINCT holder_id) FROM certification WHERE status = 'RENEWAL_DUE'")),
                rows, "every holder in a renewal window, across all pages");
        assertTrue(rows > 20, "more than one page of the table");
        assertTrue(body.contains("更新期間中") && !body.contains("RENEWAL_DUE"), "statuses in words");

        assertEquals(400, staff.get("/staff/documents/holders.csv?status=SOMETIMES").statusCode());
        assertEquals(400, staff.get("/staff/documents/holders.csv?prefecture=99").statusCode());

        for (String[] other : new String[][]{{"officer", "medsec-officer"}, {"holder", "medsec-holder"}}) {
            WebClient web = new WebClient();
            web.signIn(other[0], other[1]);
            assertEquals(403, web.get("/staff/documents/holders.csv").statusCode(), other[0]);
            assertEquals(403, web.get("/staff/documents/findings.csv").statusCode(), other[0]);
        }
    }

    @Test
    void theOverdueFindingsExportEveryOneOfThem() throws Exception {
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> csv = staff.get("/staff/documents/findings.csv");
        assertEquals(200, csv.statusCode());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long expected = Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM finding WHERE state IN ('OPEN', 'IN_PROGRESS') "
                + "AND due_date < '" + today + "'"));
        assertEquals(expected, csv.body().lines().count() - 1);
        assertTrue(csv.body().startsWith("\uFEFF期限,医療機関,要件,要件の内容,重大度,担当,状態,監査・評価\r\n"));
    }

    @Test
    void theInstitutionsAndThePersonnelExportWhatTheirFiltersSelect() throws Exception {
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> institutions = staff.get("/staff/documents/institutions.csv?tier=LEADING");
        assertEquals(200, institutions.statusCode());
        assertTrue(institutions.body().startsWith("\uFEFF医療機関コード,名称,都道府県,区分,病床数,"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM institution WHERE tier = 'LEADING'")),
                institutions.body().lines().count() - 1, "every leading hospital, across all pages");
        assertTrue(institutions.body().contains("指導的な立場の医療機関") && !institutions.body().contains("LEADING"));
        assertEquals(400, staff.get("/staff/documents/institutions.csv?tier=BIGGEST").statusCode());

        // The personnel of one institution, named by its code: those who work there and have a security profile.
        String busiest = TestDatabase.scalar("SELECT i.institution_code FROM personnel_profile p JOIN holder h ON h.id = "
                + "p.holder_id JOIN institution i ON i.id = h.institution_id GROUP BY i.id ORDER BY COUNT(*) DESC, i.id LIMIT 1");
        HttpResponse<String> personnel = staff.get("/staff/documents/personnel.csv?institution=" + busiest);
        assertEquals(200, personnel.statusCode());
        assertTrue(personnel.body().startsWith("\uFEFF区分,氏名,氏名（カナ）,都道府県,勤務先,"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM personnel_profile p JOIN holder h ON h.id = "
                + "p.holder_id JOIN institution i ON i.id = h.institution_id WHERE i.institution_code = '" + busiest + "'")),
                personnel.body().lines().count() - 1);
        assertEquals(400, staff.get("/staff/documents/personnel.csv?dueBy=tomorrow").statusCode());

        WebClient officer = new WebClient();
        officer.signIn("officer", "medsec-officer");
        assertEquals(403, officer.get("/staff/documents/institutions.csv").statusCode());
        assertEquals(403, officer.get("/staff/documents/personnel.csv").statusCode());
    }

    @Test
    void theClaimsTheMailAndTheNationalTrainingListExportWhatTheyShow() throws Exception {
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> claims = staff.get("/staff/documents/claims.csv?filter=ALL");
        assertEquals(200, claims.statusCode());
        assertTrue(claims.body().startsWith("\uFEFF申請日時,氏名,区分,ポイント,活動日,"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM claim")), records(claims.body()));
        assertEquals(400, staff.get("/staff/documents/claims.csv?filter=SOME").statusCode());

        HttpResponse<String> mail = staff.get("/staff/documents/mail.csv?sent=true");
        assertEquals(200, mail.statusCode());
        assertTrue(mail.body().startsWith("\uFEFF作成日時,宛先,件名,送信日時,"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL")),
                records(mail.body()), "every sent mail, across pages");
        assertEquals(400, staff.get("/staff/documents/mail.csv?sent=maybe").statusCode());

        HttpResponse<String> training = staff.get("/staff/documents/training.csv?filter=SENT_NOTHING");
        assertEquals(200, training.statusCode());
        assertTrue(training.body().startsWith("\uFEFF年度,医療機関コード,名称,都道府県,区分,対象職員,受講済み,"));
        assertTrue(records(training.body()) > 0, "the demo has institutions that sent nothing");
        assertTrue(!training.body().contains("SELF_DEFENDING") && !training.body().contains("ASSISTED"), "tiers in words");
        assertEquals(400, staff.get("/staff/documents/training.csv?below=200").statusCode());
        assertEquals(400, staff.get("/staff/documents/training.csv?filter=SOMETIMES").statusCode());

        WebClient officer = new WebClient();
        officer.signIn("officer", "medsec-officer");
        for (String path : new String[]{"claims.csv", "mail.csv", "training.csv"}) {
            assertEquals(403, officer.get("/staff/documents/" + path).statusCode(), path);
        }
    }

    /** The records of a CSV file after its header (a field may hold a line break). */
    private static long records(String csv) throws java.io.IOException {
        return org.apache.commons.csv.CSVFormat.EXCEL.parse(new java.io.StringReader(csv)).getRecords().size() - 1L;
    }

    @Test
    void theHolderListsExportButtonLeadsToTheFileOfTheFiltersItShows() throws Exception {
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> page = staff.get("/staff/holders.xhtml?status=RENEWAL_DUE");
        assertEquals(200, page.statusCode());
        String form = page.body().substring(page.body().indexOf("id=\"searchForm\""));
        HttpResponse<String> pressed = staff.send("POST", "/staff/holders.xhtml", "application/x-www-form-urlencoded",
                "searchForm=searchForm&searchForm%3AexportCsv=&" + WebClient.formTokens(form));
        assertEquals(302, pressed.statusCode(), pressed.body());
        String location = pressed.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/staff/documents/holders.csv?status=RENEWAL_DUE"), location);
        HttpResponse<String> csv = staff.get(location.substring(location.indexOf("/staff/")));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(DISTINCT holder_id) FROM certification "
                + "WHERE status = 'RENEWAL_DUE'")), records(csv.body()), "the file holds what the page's filter selects");
    }
}
