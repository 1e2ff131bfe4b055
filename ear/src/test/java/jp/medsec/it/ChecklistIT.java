package jp.medsec.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MHLW checklist: catalogue counts for FY2024 to FY2026, the vendor form through its single-use link (valid,
 * reused, expired, forged), the いいえ-without-target-date refusal that names the field and stores nothing, and the
 * officer's form of the fiscal year the calendar is in (FY2026 since 1 April 2026), whose いいえ may aim at any day up
 * to 31 March 2027.
 */
public class ChecklistIT {

    /** The view state a partial (Ajax) response sends back. */
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");


    private static String token() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A vendor of a new institution with a link to this fiscal year's vendor form (FY2026, the one the officer's page
     * sends today) expiring in the given number of days.
     */
    public static String link(int expiresInDays) throws Exception {
        long institution = InstitutionAccessIT.institution("事業者試験病院", "ASSISTED");
        long vendor = TestDatabase.update("INSERT INTO vendor (institution_id, name, contact_name, contact_email) VALUES ("
                + institution + ", '電子カルテ株式会社', '保守 担当', 'vendor@example.jp')");
        String token = token();
        TestDatabase.update("INSERT INTO vendor_token (vendor_id, catalogue_id, token_hash, expires_at, created_by, created_at) "
                + "VALUES (" + vendor + ", (SELECT id FROM catalogue WHERE code = 'MHLW-VENDOR-2026'), '" + hash(token) + "', "
                + "NOW(6) + INTERVAL " + expiresInDays + " DAY, 'it', NOW(6))");
        return token;
    }

    private static String answers(String overrideCode, String override) throws Exception {
        StringJoiner all = new StringJoiner(",", "[", "]");
        for (String code : TestDatabase.scalar("SELECT GROUP_CONCAT(i.code ORDER BY i.sort_order) FROM catalogue_item i JOIN "
                + "catalogue c ON c.id = i.catalogue_id WHERE c.code = 'MHLW-VENDOR-2026'").split(",")) {
            all.add(code.equals(overrideCode) ? override
                    : "{\"code\": \"" + code + "\", \"answer\": \"YES\", \"checkedOn\": \"2026-11-20\"}");
        }
        return all.toString();
    }

    private static HttpResponse<String> submit(String token, String answers) throws Exception {
        return new WebClient().send("POST", "/api/v1/vendor-forms/" + token, "application/json",
                "{\"respondent\": \"保守 担当\", \"answers\": " + answers + "}");
    }

    /** Whether the page's form menu has the given form chosen. */
    private static boolean selects(String page, String form) {
        return Pattern.compile("<option value=\"" + Pattern.quote(form) + "\"\\s+selected").matcher(page).find();
    }

    /** The row of an item in the officer's form table, from the class each row carries ({@code ms-check-<code>}). */
    private static String row(String page, String itemCode) {
        Matcher row = Pattern.compile("ms-check-" + Pattern.quote(itemCode) + "[\\s\"].*?checklistForm:items:(\\d+):",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "no row for " + itemCode);
        return "checklistForm:items:" + row.group(1) + ":";
    }

    /**
     * What the item's Save button posts, as PrimeFaces does: the row's answer, dates and note, processed by Ajax, the
     * form rendered again. {@code tokens} are the page's view state and nonce ({@link WebClient#formTokens}).
     */
    private static HttpResponse<String> saveAnswer(WebClient officer, String row, String tokens, String answer,
                                                   String checkedOn, String targetDate) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", row + "save");
        form.put("jakarta.faces.partial.execute", row + "save " + row + "answer " + row + "checked " + row + "target " + row + "note");
        form.put("jakarta.faces.partial.render", "checklistForm");
        form.put(row + "save", row + "save");
        form.put("checklistForm", "checklistForm");
        form.put(row + "answer", answer);
        form.put(row + "checked", checkedOn);
        form.put(row + "target", targetDate);
        form.put(row + "note", "");
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&" + tokens;
        return officer.send("POST", "/institution/checklist.xhtml", "application/x-www-form-urlencoded", body,
                "Faces-Request", "partial/ajax");
    }

    /** The tokens for the next post: the view state a partial response carries (if it sent one) and the same nonce. */
    private static String nextTokens(String tokens, HttpResponse<String> partial) {
        Matcher state = PARTIAL_VIEW_STATE.matcher(partial.body());
        return state.find() ? tokens.replaceFirst("jakarta\\.faces\\.ViewState=[^&]*",
                "jakarta.faces.ViewState=" + Matcher.quoteReplacement(URLEncoder.encode(state.group(1), StandardCharsets.UTF_8))) : tokens;
    }

    /** The institution's own stored answer to an item ("NO 2027-01-31"), or null if there is none. */
    private static String storedAnswer(long institution, String catalogue, String itemCode) throws Exception {
        return TestDatabase.scalarOrNull("SELECT (SELECT CONCAT(a.answer, ' ', a.target_date) FROM checklist_answer a JOIN "
                + "checklist_response r ON r.id = a.response_id JOIN catalogue c ON c.id = r.catalogue_id JOIN catalogue_item i "
                + "ON i.id = a.catalogue_item_id WHERE r.institution_id = " + institution + " AND r.vendor_id IS NULL AND "
                + "c.code = '" + catalogue + "' AND i.code = '" + itemCode + "')");
    }

    @Test
    void theChecklistCataloguesHoldEveryFiscalYearsForms() throws Exception {
        String counts = TestDatabase.scalar("SELECT GROUP_CONCAT(CONCAT(c.code, '=', (SELECT COUNT(*) FROM catalogue_item i "
                + "WHERE i.catalogue_id = c.id)) ORDER BY c.code) FROM catalogue c WHERE c.framework LIKE 'MHLW%'");
        assertEquals("MHLW-INSTITUTION-2024=19,MHLW-INSTITUTION-2025=26,MHLW-INSTITUTION-2026=26,"
                + "MHLW-VENDOR-2024=15,MHLW-VENDOR-2025=18,MHLW-VENDOR-2026=18", counts);
        assertEquals("GATE", TestDatabase.scalar("SELECT i.kind FROM catalogue_item i JOIN catalogue c ON c.id = i.catalogue_id "
                + "WHERE c.code = 'MHLW-INSTITUTION-2025' AND i.sort_order = 1"));
        assertEquals("2027", TestDatabase.scalar("SELECT MAX(i.target_fiscal_year) FROM catalogue_item i JOIN catalogue c ON "
                + "c.id = i.catalogue_id WHERE c.code = 'MHLW-INSTITUTION-2025'"), "two-factor authentication by FY2027");
        for (String form : new String[]{"INSTITUTION", "VENDOR"}) {
            assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM catalogue_item o JOIN catalogue oc ON oc.id = o.catalogue_id "
                    + "AND oc.code = 'MHLW-" + form + "-2025' LEFT JOIN catalogue_item n ON n.catalogue_id = (SELECT id FROM "
                    + "catalogue WHERE code = 'MHLW-" + form + "-2026') AND n.code = o.code AND n.sort_order = o.sort_order "
                    + "AND n.text_ja = o.text_ja AND n.kind = o.kind AND n.target_fiscal_year <=> o.target_fiscal_year "
                    + "WHERE n.id IS NULL"), "FY2026 copies FY2025's " + form + " form until the ministry publishes changes");
        }
        assertEquals("2026-04-01", TestDatabase.scalar("SELECT effective_from FROM catalogue WHERE code = 'MHLW-INSTITUTION-2026'"));
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
                "{\"code\": \"2-2-4\", \"answer\": \"NO\", \"checkedOn\": \"2026-11-20\", \"targetDate\": \"2027-04-01\"}"));
        assertEquals(400, nextYear.statusCode(), "FY2026 ends on 2027-03-31: " + nextYear.body());
        assertEquals(400, submit(token, "[{\"code\": \"1-1\", \"answer\": \"MAYBE\"}]").statusCode());
        assertEquals(400, submit(token, "\"not a list\"").statusCode());
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM checklist_response r JOIN vendor_token t ON t.vendor_id = "
                + "r.vendor_id WHERE t.token_hash = '" + hash(token) + "'"), "refused answers store nothing");

        HttpResponse<String> ok = submit(token, answers("2-2-4",
                "{\"code\": \"2-2-4\", \"answer\": \"NO\", \"checkedOn\": \"2026-11-20\", \"targetDate\": \"2027-02-28\"}"));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(18, WebClient.json(ok).getInt("answers"));
        assertEquals("2027-02-28", TestDatabase.scalar("SELECT a.target_date FROM checklist_answer a JOIN checklist_response r "
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
        assertTrue(selects(page.body(), "MHLW-INSTITUTION-2026"),
                "the form of the fiscal year the calendar is in (every year's form is in the list)");
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

    /**
     * Issue 9, item 13: on the form of this fiscal year (FY2026, the page's default since 1 April 2026) a いいえ checked
     * today may aim at 31 January 2027, inside the year; a target after 31 March 2027 is refused, nothing is stored,
     * and the field still shows what the officer typed.
     */
    @Test
    void theOfficersNoOnThisYearsFormAimsAtADayBeforeItsEnd() throws Exception {
        long institution = InstitutionAccessIT.institution("今年度チェックリスト病院", "SELF_DEFENDING");
        WebClient officer = new WebClient();
        officer.signIn(InstitutionAccessIT.officerOf(institution), "it-officer-pass");
        HttpResponse<String> page = officer.get("/institution/checklist.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(selects(page.body(), "MHLW-INSTITUTION-2026"), "FY2026 is current today");
        String row = row(page.body(), "2-2-4");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String tokens = WebClient.formTokens(page.body());

        HttpResponse<String> late = saveAnswer(officer, row, tokens, "NO", today, "2027-04-01");
        assertEquals(200, late.statusCode(), late.body());
        assertTrue(late.body().contains("2-2-4: 対応目標日は年度末（2027-03-31）までの日付にしてください。"), late.body());
        assertTrue(Pattern.compile("id=\"" + Pattern.quote(row + "target") + "\"[^>]*value=\"2027-04-01\"").matcher(late.body()).find(),
                "the refused target stays in its field: " + late.body());
        assertNull(storedAnswer(institution, "MHLW-INSTITUTION-2026", "2-2-4"), "a refused answer stores nothing");

        HttpResponse<String> inside = saveAnswer(officer, row, nextTokens(tokens, late), "NO", today, "2027-01-31");
        assertEquals(200, inside.statusCode(), inside.body());
        assertTrue(inside.body().contains("2-2-4: 保存しました。"), inside.body());
        assertFalse(inside.body().contains("ui-messages-error"), "no refusal: " + inside.body());
        assertEquals("NO 2027-01-31", storedAnswer(institution, "MHLW-INSTITUTION-2026", "2-2-4"));
    }
}
