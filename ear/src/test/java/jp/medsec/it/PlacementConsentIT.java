package jp.medsec.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 3: an officer cannot claim compliance with other people's certificates. A certificate number typed by an
 * officer only proposes the person; until the person confirms (or staff confirm on their behalf) the officer sees only
 * the number, never the person's name or Group, and the organisation judgement does not count them.
 */
class PlacementConsentIT {

    private static final String GROUP_B = "CISO_OR_ASSISTANT_GROUP_B";


    /** A Group A person of another prefecture (Okinawa) with no link to the test hospital: {holder id, family name, number}. */
    private static String[] personElsewhere() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int serial = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String familyName = "遠方" + serial;
        long holder = TestDatabase.update("INSERT INTO holder (family_name, given_name, family_name_kana, given_name_kana, "
                + "prefecture_code) VALUES ('" + familyName + "', '他人', 'エンポウ', 'タニン', 47)");
        String number = "CS-" + serial;
        TestDatabase.update("INSERT INTO certification (holder_id, type, certificate_number, status, first_certified_on, "
                + "valid_from, valid_until) VALUES (" + holder + ", 'SENIOR_HIT', '" + number + "', 'ACTIVE', '"
                + today.minusYears(1) + "', '" + today.minusYears(1) + "', '" + today.plusYears(4) + "')");
        TestDatabase.update("INSERT INTO personnel_profile (holder_id, guideline_understood, computed_group) VALUES ("
                + holder + ", TRUE, 'A')");
        return new String[]{String.valueOf(holder), familyName, number};
    }

    /** A holder account for the person, signed in. */
    private static WebClient signedInAs(long holderId) throws Exception {
        String username = TestDatabase.newAccount("HOLDER", "it-holder-pass");
        TestDatabase.update("UPDATE user_account SET holder_id = " + holderId + " WHERE username = '" + username + "'");
        WebClient web = new WebClient();
        web.signIn(username, "it-holder-pass");
        return web;
    }

    private static WebClient officerOf(long institutionId) throws Exception {
        WebClient officer = new WebClient();
        officer.signIn(InstitutionAccessIT.officerOf(institutionId), "it-officer-pass");
        return officer;
    }

    /** The officer types the number on their home page and places the person as CISO (the form's default role, 専任). */
    private static String propose(WebClient officer, String number) throws Exception {
        HttpResponse<String> home = officer.get("/institution/home.xhtml");
        assertEquals(200, home.statusCode());
        HttpResponse<String> placed = officer.click(home, "institutionForm", "institutionForm:assign",
                Map.of("institutionForm:number", number));
        assertEquals(200, placed.statusCode());
        assertFalse(placed.body().contains("<error>"), placed.body());
        return placed.body();
    }

    private static String consentOf(long institutionId, String holderId) throws Exception {
        return TestDatabase.scalar("SELECT consent FROM security_role WHERE institution_id = " + institutionId
                + " AND holder_id = " + holderId);
    }

    @Test
    void aProposedPersonIsNeitherShownNorCountedUntilTheyConfirmOnTheirOwnPage() throws Exception {
        long institutionId = InstitutionAccessIT.institution("同意試験病院", "SELF_DEFENDING");
        String institutionName = TestDatabase.scalar("SELECT name FROM institution WHERE id = " + institutionId);
        String[] person = personElsewhere();
        WebClient officer = officerOf(institutionId);

        String answer = propose(officer, person[2].toLowerCase());
        assertTrue(answer.contains("本人に確認を依頼しました"), answer);
        assertFalse(answer.contains(person[1]), "the answer to the post does not name the person either");
        assertEquals("PENDING", consentOf(institutionId, person[0]));
        assertEquals(person[2], TestDatabase.scalar("SELECT certificate_number FROM security_role WHERE institution_id = "
                + institutionId), "the number as typed, normalised");

        String pending = officer.get("/institution/home.xhtml").body();
        assertFalse(pending.contains(person[1]), "no name of an unconfirmed person on the officer's page");
        assertFalse(pending.contains("ms-group-A"), "no Group of an unconfirmed person on the officer's page");
        assertTrue(pending.contains(person[2]) && pending.contains("ms-consent-PENDING") && pending.contains("確認待ち"),
                "the number typed and its state");
        assertTrue(judgement(pending, GROUP_B).contains("ms-audit-NOT_MET"), "an unconfirmed CISO does not count");

        // Another holder sees nothing of it and cannot answer it: their page lists only their own placement.
        long elsewhere = InstitutionAccessIT.institution("別の依頼元病院", "SELF_DEFENDING");
        String[] other = personElsewhere();
        TestDatabase.update("INSERT INTO security_role (institution_id, role, holder_id, duty, consent, certificate_number) "
                + "VALUES (" + elsewhere + ", 'CISO', " + other[0] + ", 'SENNIN', 'PENDING', '" + other[2] + "')");
        WebClient otherHolder = signedInAs(Long.parseLong(other[0]));
        HttpResponse<String> otherPage = otherHolder.get("/holder/personnel.xhtml");
        assertEquals(200, otherPage.statusCode());
        assertFalse(otherPage.body().contains(institutionName), "another person's placement is not on their page");
        HttpResponse<String> otherAnswer = otherHolder.click(otherPage, "placementsForm", "placementsForm:pending:0:confirm", Map.of());
        assertTrue(otherAnswer.body().contains("承認しました"), otherAnswer.body());
        assertEquals("CONFIRMED", consentOf(elsewhere, other[0]), "they answered their own placement");
        assertEquals("PENDING", consentOf(institutionId, person[0]), "and nothing of the first person's");

        WebClient holder = signedInAs(Long.parseLong(person[0]));
        HttpResponse<String> mine = holder.get("/holder/personnel.xhtml");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains(institutionName), "the person sees who proposes them");
        assertTrue(mine.body().contains("統括情報セキュリティ責任者"), "the role from the bundle");
        assertFalse(mine.body().contains(">CISO<"), "no raw enum");
        HttpResponse<String> confirmed = holder.click(mine, "placementsForm", "placementsForm:pending:0:confirm", Map.of());
        assertTrue(confirmed.body().contains("承認しました"), confirmed.body());
        assertEquals("CONFIRMED", consentOf(institutionId, person[0]));
        assertEquals(TestDatabase.scalar("SELECT username FROM user_account WHERE holder_id = " + person[0]),
                TestDatabase.scalar("SELECT consent_by FROM security_role WHERE institution_id = " + institutionId));
        assertTrue(holder.get("/holder/personnel.xhtml").body().contains("登録されている役割"));

        String after = officer.get("/institution/home.xhtml").body();
        assertTrue(after.contains(person[1]), "a confirmed person is shown by name");
        assertTrue(judgement(after, GROUP_B).contains("ms-audit-MET"), judgement(after, GROUP_B));
        assertTrue(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM security_role_aud WHERE institution_id = "
                + institutionId + " AND consent = 'CONFIRMED'")) >= 1, "the confirmation is in the history");
    }

    @Test
    void staffConfirmOnThePersonsBehalfAndADeclinedPlacementNeverCounts() throws Exception {
        long institutionId = InstitutionAccessIT.institution("代理確認試験病院", "SELF_DEFENDING");
        String[] person = personElsewhere();
        WebClient officer = officerOf(institutionId);
        propose(officer, person[2]);

        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> staffPage = staff.get("/staff/institution.xhtml?id=" + institutionId);
        assertEquals(200, staffPage.statusCode());
        assertTrue(judgement(staffPage.body(), GROUP_B).contains("ms-audit-NOT_MET"), "not counted for staff either");
        HttpResponse<String> onBehalf = staff.click(staffPage, "institutionForm",
                "institutionForm:placements:0:confirmOnBehalf", Map.of());
        assertFalse(onBehalf.body().contains("<error>"), onBehalf.body());
        assertEquals("CONFIRMED", consentOf(institutionId, person[0]));
        assertEquals("staff", TestDatabase.scalar("SELECT consent_by FROM security_role WHERE institution_id = " + institutionId));
        String confirmed = officer.get("/institution/home.xhtml").body();
        assertTrue(confirmed.contains(person[1]));
        assertTrue(judgement(confirmed, GROUP_B).contains("ms-audit-MET"));

        long declining = InstitutionAccessIT.institution("辞退試験病院", "SELF_DEFENDING");
        String[] stranger = personElsewhere();
        WebClient declinersOfficer = officerOf(declining);
        propose(declinersOfficer, stranger[2]);
        WebClient holder = signedInAs(Long.parseLong(stranger[0]));
        HttpResponse<String> declined = holder.click(holder.get("/holder/personnel.xhtml"), "placementsForm",
                "placementsForm:pending:0:decline", Map.of());
        assertTrue(declined.body().contains("辞退しました"), declined.body());
        assertEquals("DECLINED", consentOf(declining, stranger[0]));
        String page = declinersOfficer.get("/institution/home.xhtml").body();
        assertFalse(page.contains(stranger[1]), "no name of a person who declined");
        assertTrue(page.contains(stranger[2]) && page.contains("ms-consent-DECLINED"), "the number typed and its state");
        assertTrue(judgement(page, GROUP_B).contains("ms-audit-NOT_MET"));
        String again = propose(declinersOfficer, stranger[2]);
        assertTrue(again.contains("辞退しています"), "proposing again is refused while the declined row stands: " + again);
        assertFalse(staff.get("/staff/institution.xhtml?id=" + declining).body().contains("confirmOnBehalf"),
                "staff cannot overrule a refusal");
    }

    /** The row of the organisation judgement for one rule. */
    private static String judgement(String page, String evaluator) {
        int start = page.indexOf("id=\"judge-" + evaluator + "\"");
        assertTrue(start >= 0, "no judgement row for " + evaluator);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
