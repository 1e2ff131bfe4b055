package jp.medsec.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MHLW checklist: catalogue counts for FY2024 and FY2025, the vendor form through its single-use link (valid,
 * reused, expired, forged), and the いいえ-without-target-date refusal that names the field and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
public class ChecklistIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** A vendor of a new institution with a link to the FY2025 vendor form expiring in the given number of days. */
    public static String link(int expiresInDays) throws Exception {
        long institution = InstitutionAccessIT.institution("事業者試験病院", "ASSISTED");
        long vendor = TestDatabase.update("INSERT INTO vendor (institution_id, name, contact_name, contact_email) VALUES ("
                + institution + ", '電子カルテ株式会社', '保守 担当', 'vendor@example.jp')");
        String token = token();
        TestDatabase.update("INSERT INTO vendor_token (vendor_id, catalogue_id, token_hash, expires_at, created_by, created_at) "
                + "VALUES (" + vendor + ", (SELECT id FROM catalogue WHERE code = 'MHLW-VENDOR-2025'), '" + hash(token) + "', "
                + "NOW(6) + INTERVAL " + expiresInDays + " DAY, 'it', NOW(6))");
        return token;
    }

    private static String answers(String overrideCode, String override) throws Exception {
        StringJoiner all = new StringJoiner(",", "[", "]");
        for (String code : TestDatabase.scalar("SELECT GROUP_CONCAT(i.code ORDER BY i.sort_order) FROM catalogue_item i JOIN "
                + "catalogue c ON c.id = i.catalogue_id WHERE c.code = 'MHLW-VENDOR-2025'").split(",")) {
            all.add(code.equals(overrideCode) ? override
                    : "{\"code\": \"" + code + "\", \"answer\": \"YES\", \"checkedOn\": \"2026-11-20\"}");
        }
        return all.toString();
    }

    private static HttpResponse<String> submit(String token, String answers) throws Exception {
        return new WebClient().send("POST", "/api/v1/vendor-forms/" + token, "application/json",
                "{\"respondent\": \"保守 担当\", \"answers\": " + answers + "}");
    }

    @Test
    void theChecklistCataloguesHoldBothFiscalYearsAndForms() throws Exception {
        String counts = TestDatabase.scalar("SELECT GROUP_CONCAT(CONCAT(c.code, '=', (SELECT COUNT(*) FROM catalogue_item i "
                + "WHERE i.catalogue_id = c.id)) ORDER BY c.code) FROM catalogue c WHERE c.framework LIKE 'MHLW%'");
        assertEquals("MHLW-INSTITUTION-2024=19,MHLW-INSTITUTION-2025=26,MHLW-VENDOR-2024=15,MHLW-VENDOR-2025=18", counts);
        assertEquals("GATE", TestDatabase.scalar("SELECT i.kind FROM catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id "
                + "WHERE c.code = 'MHLW-INSTITUTION-2025' AND i.sort_order = 1"));
        assertEquals("2027", TestDatabase.scalar("SELECT MAX(i.target_fiscal_year) FROM catalogue_item i JOIN catalogue c ON "
                + "c.id = i.catalogue_id WHERE c.code = 'MHLW-INSTITUTION-2025'"), "two-factor authentication by FY2027");
    }

    @Test
    void aVendorAnswersOnceThroughTheLinkAndANoNeedsATargetDateInsideTheYear() throws Exception {
        String token = link(14);
        HttpResponse<String> form = new WebClient().get("/api/v1/vendor-forms/" + token);
        assertEquals(200, form.statusCode(), form.body());
        JsonObject read = WebClient.json(form);
        assertEquals("電子カルテ株式会社", read.getString("vendor"));
        assertEquals(18, read.getJsonArray("items").size());
        assertEquals(200, new WebClient().get("/vendor.xhtml?t=" + token).statusCode(), "the page for people");

        HttpResponse<String> noTarget = submit(token, answers("2-2-4",
                "{\"code\": \"2-2-4\", \"answer\": \"NO\", \"checkedOn\": \"2026-11-20\"}"));
        assertEquals(400, noTarget.statusCode(), noTarget.body());
        assertTrue(WebClient.json(noTarget).getJsonArray("details").toString().contains("answers.2-2-4.targetDate"),
                noTarget.body());
        HttpResponse<String> nextYear = submit(token, answers("2-2-4",
                "{\"code\": \"2-2-4\", \"answer\": \"NO\", \"checkedOn\": \"2026-11-20\", \"targetDate\": \"2026-04-01\"}"));
        assertEquals(400, nextYear.statusCode(), "FY2025 ends on 2026-03-31: " + nextYear.body());
        assertEquals(400, submit(token, "[{\"code\": \"1-1\", \"answer\": \"MAYBE\"}]").statusCode());
        assertEquals(400, submit(token, "\"not a list\"").statusCode());
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM checklist_response r JOIN vendor_token t ON t.vendor_id = "
                + "r.vendor_id WHERE t.token_hash = '" + hash(token) + "'"), "refused answers store nothing");

        HttpResponse<String> ok = submit(token, answers("2-2-4",
                "{\"code\": \"2-2-4\", \"answer\": \"NO\", \"checkedOn\": \"2025-11-20\", \"targetDate\": \"2026-02-28\"}"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(18, WebClient.json(ok).getInt("answers"));
        assertEquals("2026-02-28", TestDatabase.scalar("SELECT a.target_date FROM checklist_answer a JOIN checklist_response r "
                + "ON r.id = a.response_id JOIN vendor_token t ON t.vendor_id = r.vendor_id JOIN catalogue_item i ON "
                + "i.id = a.catalogue_item_id WHERE t.token_hash = '" + hash(token) + "' AND i.code = '2-2-4'"));

        HttpResponse<String> reused = submit(token, answers("", ""));
        assertEquals(410, reused.statusCode());
        assertEquals("link_used", WebClient.json(reused).getString("error"));
        assertEquals(410, new WebClient().get("/api/v1/vendor-forms/" + token).statusCode());
        assertEquals(410, new WebClient().get("/vendor.xhtml?t=" + token).statusCode());
    }

    @Test
    void expiredAndForgedLinksAreRefused() throws Exception {
        String expired = link(-1);
        HttpResponse<String> late = new WebClient().get("/api/v1/vendor-forms/" + expired);
        assertEquals(410, late.statusCode());
        assertEquals("link_expired", WebClient.json(late).getString("error"));
        assertEquals(410, submit(expired, answers("", "")).statusCode());
        assertEquals(410, new WebClient().get("/vendor.xhtml?t=" + expired).statusCode());

        String forged = token();
        assertEquals(404, new WebClient().get("/api/v1/vendor-forms/" + forged).statusCode());
        assertEquals(404, submit(forged, answers("", "")).statusCode());
        assertEquals(404, new WebClient().get("/api/v1/vendor-forms/not-a-token").statusCode());
        HttpResponse<String> page = new WebClient().get("/vendor.xhtml?t=" + forged);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("このリンクは無効です"), page.body());
    }

    @Test
    void theOfficerAnswersTheInstitutionForm() throws Exception {
        long institution = InstitutionAccessIT.institution("チェックリスト病院", "SELF_DEFENDING");
        WebClient officer = new WebClient();
        officer.signIn(InstitutionAccessIT.officerOf(institution), "it-officer-pass");
        HttpResponse<String> page = officer.get("/institution/checklist.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("令和7年度版"), "the current fiscal year's form");
        assertEquals(403, officer.get("/staff/checklist.xhtml?id=" + institution).statusCode());
        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        assertEquals(403, holder.get("/institution/checklist.xhtml").statusCode());
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> read = staff.get("/staff/checklist.xhtml?id=" + institution);
        assertEquals(200, read.statusCode());
        assertTrue(!read.body().contains("checklistForm:addVendor"), "staff read, they do not answer for the institution");
        assertEquals(404, staff.get("/staff/checklist.xhtml?id=999999999").statusCode());
    }
}
