package jp.medsec.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN.md section 6 for institutions: an officer reaches their own institution's page, audits and evidence and
 * nothing of another's (every such URL answers 403 or 404); and "the CISO holds Group A" follows the registry: when
 * the CISO's Senior HIT expires, it no longer holds.
 */
class InstitutionAccessIT {

    private static final String PDF = "%PDF-1.4 evidence";


    static long institution(String name, String tier) throws Exception {
        return Fixtures.institution(name).beds(500).tier(tier).set("is_department", true)
                .set("security_committee", true).insert();
    }

    static String officerOf(long institutionId) throws Exception {
        String username = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + username + "'");
        return username;
    }

    /** An audit of the institution with one item, one evidence file and one finding, as ids {audit, evidence, finding}. */
    static long[] auditOf(long institutionId) throws Exception {
        long catalogue = Long.parseLong(TestDatabase.scalar("SELECT id FROM catalogue WHERE code = 'TIER-SELF_DEFENDING-2025'"));
        long requirement = Long.parseLong(TestDatabase.scalar("SELECT id FROM catalogue_item WHERE catalogue_id = " + catalogue
                + " AND code = 'S-09'"));
        long audit = TestDatabase.update("INSERT INTO audit (institution_id, catalogue_id, kind, title, started_by, started_at) "
                + "VALUES (" + institutionId + ", " + catalogue + ", 'STAFF_AUDIT', 'IT 監査', 'staff', NOW(6))");
        long item = TestDatabase.update("INSERT INTO audit_item (audit_id, catalogue_item_id, status) VALUES (" + audit + ", "
                + requirement + ", 'NOT_MET')");
        long evidence = TestDatabase.update("INSERT INTO audit_evidence (audit_item_id, note, effective_date, file_name, "
                + "content_type, size_bytes, sha256, content, added_by, added_at) VALUES (" + item + ", '研修記録', CURDATE(), "
                + "'record.pdf', 'application/pdf', " + PDF.length() + ", 'x', '" + PDF + "', 'staff', NOW(6))");
        long finding = TestDatabase.update("INSERT INTO finding (audit_id, audit_item_id, severity, owner, due_date, state, "
                + "opened_at) VALUES (" + audit + ", " + item + ", 'HIGH', '情報システム部', CURDATE() - INTERVAL 1 DAY, 'OPEN', NOW(6))");
        return new long[]{audit, evidence, finding};
    }

    @Test
    void anOfficerReachesTheirOwnInstitutionAndNothingOfAnothers() throws Exception {
        long own = institution("自院", "SELF_DEFENDING");
        long other = institution("他院", "SELF_DEFENDING");
        long[] ownAudit = auditOf(own);
        long[] otherAudit = auditOf(other);
        WebClient officer = new WebClient();
        officer.signIn(officerOf(own), "it-officer-pass");

        HttpResponse<String> home = officer.get("/institution/home.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("自院"), "the officer's own institution");
        assertFalse(home.body().contains("他院"));
        assertEquals(200, officer.get("/institution/audit.xhtml?id=" + ownAudit[0]).statusCode());
        assertEquals(200, officer.get("/institution/documents/audit-evidence?id=" + ownAudit[1]).statusCode());

        HttpResponse<byte[]> report = java.net.http.HttpClient.newBuilder().cookieHandler(officer.cookies()).build().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(WebClient.BASE + "/institution/documents/audit-report?id="
                        + ownAudit[0])).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, report.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replace(" ", "");
            assertTrue(text.contains("自院") && text.contains("S-09") && text.contains("期限超過"), text);
        }
        assertEquals(404, officer.get("/institution/documents/audit-report?id=" + otherAudit[0]).statusCode(), "another's report");
        HttpResponse<String> results = officer.get("/institution/documents/audit-results.csv?id=" + ownAudit[0]);
        assertEquals(200, results.statusCode());
        assertTrue(results.body().startsWith("\uFEFF要件,要件の内容,評価,メモ,指摘\r\n"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM audit_item WHERE audit_id = " + ownAudit[0])),
                org.apache.commons.csv.CSVFormat.EXCEL.parse(new java.io.StringReader(results.body())).getRecords().size() - 1L,
                "one line per requirement");
        assertTrue(results.body().contains("高・未対応") && results.body().contains("（期限超過）"), results.body());
        assertEquals(404, officer.get("/institution/documents/audit-results.csv?id=" + otherAudit[0]).statusCode(),
                "another's results");
        assertEquals(404, officer.get("/institution/audit.xhtml?id=" + otherAudit[0]).statusCode(), "another's audit");
        assertEquals(404, officer.get("/institution/documents/audit-evidence?id=" + otherAudit[1]).statusCode(), "another's evidence");
        assertEquals(404, officer.get("/institution/audit.xhtml?id=abc").statusCode());
        assertEquals(404, officer.get("/institution/audit.xhtml?id=999999999").statusCode());
        assertEquals(400, officer.get("/institution/documents/audit-evidence?id=abc").statusCode());
        String ownAuditPage = officer.get("/institution/audit.xhtml?id=" + ownAudit[0]).body();
        assertFalse(ownAuditPage.contains("他院"), "nothing of the other institution on the officer's pages");
        for (String staffOnly : new String[]{"/staff/institution.xhtml?id=" + other, "/staff/institution.xhtml?id=" + own,
                "/staff/audit.xhtml?id=" + otherAudit[0], "/staff/institutions.xhtml",
                "/staff/documents/audit-evidence?id=" + otherAudit[1], "/staff/documents/audit-report?id=" + otherAudit[0],
                "/staff/documents/audit-results.csv?id=" + otherAudit[0],
                "/staff/dashboard.xhtml", "/staff/regions.xhtml"}) {
            assertEquals(403, officer.get(staffOnly).statusCode(), staffOnly);
        }

        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        assertEquals(403, holder.get("/institution/home.xhtml").statusCode());
        assertEquals(403, holder.get("/institution/audit.xhtml?id=" + ownAudit[0]).statusCode());
        assertEquals(403, holder.get("/institution/documents/audit-evidence?id=" + ownAudit[1]).statusCode());
        assertEquals(302, new WebClient().get("/institution/audit.xhtml?id=" + ownAudit[0]).statusCode());

        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> otherPage = staff.get("/staff/institution.xhtml?id=" + other);
        assertEquals(200, otherPage.statusCode());
        assertTrue(otherPage.body().contains("他院"));
        assertEquals(200, staff.get("/staff/audit.xhtml?id=" + otherAudit[0]).statusCode());
        assertEquals(200, staff.get("/staff/documents/audit-report?id=" + otherAudit[0]).statusCode());
        assertEquals(PDF, staff.get("/staff/documents/audit-evidence?id=" + otherAudit[1]).body());
        assertEquals(404, staff.get("/staff/institution.xhtml?id=999999999").statusCode());
        assertEquals(404, staff.get("/staff/audit.xhtml?id=999999999").statusCode());
    }

    @Test
    void aCisoWhoseSeniorHitExpiresNoLongerHoldsGroupA() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        long institutionId = institution("CISO試験病院", "LEADING");
        long holder = TestDatabase.update("INSERT INTO holder (family_name, given_name, family_name_kana, given_name_kana, "
                + "prefecture_code) VALUES ('統括', '責任者', 'トウカツ', 'セキニンシャ', 13)");
        int serial = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        TestDatabase.update("INSERT INTO certification (holder_id, type, certificate_number, status, first_certified_on, "
                + "valid_from, valid_until) VALUES (" + holder + ", 'HIT', 'CH-" + serial + "', 'ACTIVE', '" + today.minusYears(3)
                + "', '" + today.minusYears(3) + "', '" + today.plusYears(2) + "'), (" + holder + ", 'SENIOR_HIT', 'CS-" + serial
                + "', 'ACTIVE', '" + today.minusYears(5) + "', '" + today.minusYears(5) + "', '" + today.minusDays(1) + "')");
        TestDatabase.update("INSERT INTO personnel_profile (holder_id, guideline_understood, computed_group) VALUES ("
                + holder + ", TRUE, 'A')");
        TestDatabase.update("INSERT INTO personnel_qualification (holder_id, qualification) VALUES (" + holder + ", 'IPA_RISS')");
        TestDatabase.update("INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES ("
                + institutionId + ", 'CISO', " + holder + ", 'SENNIN', 'CONFIRMED')");
        WebClient officer = new WebClient();
        officer.signIn(officerOf(institutionId), "it-officer-pass");
        String before = judgement(officer.get("/institution/home.xhtml").body(), "CISO_OR_ASSISTANT_GROUP_A");
        assertTrue(before.contains("ms-audit-MET"), before);

        assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("certification-expiry")).getString("batchStatus"));
        assertEquals("EXPIRED", TestDatabase.scalar("SELECT status FROM certification WHERE certificate_number = 'CS-" + serial + "'"));
        assertEquals("B", TestDatabase.scalar("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holder));
        String after = judgement(officer.get("/institution/home.xhtml").body(), "CISO_OR_ASSISTANT_GROUP_A");
        assertTrue(after.contains("ms-audit-NOT_MET"), after);
        assertTrue(after.contains("Group B"), "the reason names the CISO's group now: " + after);
    }

    /** The row of the organisation judgement for one rule. */
    private static String judgement(String page, String evaluator) {
        int start = page.indexOf("id=\"judge-" + evaluator + "\"");
        assertTrue(start >= 0, "no judgement row for " + evaluator);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
