package jp.medsec.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The continuing-course-reminders job against MariaDB and GreenMail: a Group C person is told once of each continuing
 * topic that falls due (one due in a fortnight, one never taken; not the one taken a month ago), whatever restarts and
 * reruns happen; the officer of the hospital where the person holds a confirmed role sees the same topics due.
 */
class ContinuingCourseReminderIT {

    @Test
    void eachTopicFallingDueIsToldOnceAndTheOfficerSeesIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Fixtures.Holder person = Fixtures.hitHolder();
        String address = "cont-" + person.id() + "@hospital.example.jp";
        TestDatabase.update("UPDATE holder SET email = '" + address + "' WHERE id = " + person.id());
        TestDatabase.update("INSERT INTO personnel_profile (holder_id, guideline_understood, computed_group) VALUES ("
                + person.id() + ", TRUE, 'C')");
        LocalDate lastA = today.minusMonths(12).plusDays(14);
        TestDatabase.update("INSERT INTO module_completion (holder_id, module_code, completed_on) VALUES ("
                + person.id() + ", 'CONT-A', '" + lastA + "'), (" + person.id() + ", 'CONT-B', '" + today.minusMonths(1) + "')");
        String mine = "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'continuing:" + person.id() + ":%'";

        JsonObject failed = Jobs.awaitEnd(Jobs.start("continuing-course-reminders"));
        assertEquals("FAILED", failed.getString("batchStatus"), "the mail server is down: " + failed);
        assertEquals("2", TestDatabase.scalar(mine), "CONT-A due in a fortnight and CONT-C never taken");
        String keys = TestDatabase.scalar("SELECT GROUP_CONCAT(dedup_key ORDER BY dedup_key) FROM mail_outbox "
                + "WHERE dedup_key LIKE 'continuing:" + person.id() + ":%'");
        assertEquals("continuing:" + person.id() + ":CONT-A:" + lastA.plusMonths(12) + ",continuing:" + person.id()
                + ":CONT-C:never", keys);

        GreenMail mail = new GreenMail(RenewalReminderIT.SMTP);
        mail.start();
        try {
            JsonObject restarted = Jobs.awaitEnd(Jobs.restart(failed.getJsonNumber("executionId").longValue()));
            assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
            long deadline = System.currentTimeMillis() + 30_000;
            while (to(mail, address).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("continuing-course-reminders")).getString("batchStatus"));
            assertEquals("2", TestDatabase.scalar(mine), "no decision twice");
            List<MimeMessage> received = to(mail, address);
            assertEquals(2, received.size(), "each topic once");
            assertTrue(received.stream().anyMatch(m -> subject(m).contains("サイバーセキュリティに関する最近の脅威")
                    && subject(m).contains(lastA.plusMonths(12).toString())), "CONT-A with its due day");
            assertTrue(received.stream().anyMatch(m -> subject(m).contains("ガイドライン") && subject(m).contains("未受講")));
        } finally {
            mail.stop();
        }

        // The officer of the hospital where the person is the confirmed CISO sees the same topics due.
        long hospital = Fixtures.institution("継続研修確認病院").tier("SELF_DEFENDING").insert();
        TestDatabase.update("INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES ("
                + hospital + ", 'CISO', " + person.id() + ", 'SENNIN', 'CONFIRMED')");
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + hospital + " WHERE username = '" + officer + "'");
        WebClient client = new WebClient();
        client.signIn(officer, "it-officer-pass");
        String home = client.get("/institution/home.xhtml").body();
        assertTrue(home.contains("継続研修の期限"), "the column is there");
        assertTrue(home.contains("最近の脅威:") && home.contains(lastA.plusMonths(12).toString()), "CONT-A due");
        assertTrue(home.contains("ガイドライン:") && home.contains("未受講"), "CONT-C never taken");
        assertTrue(!home.contains("初動対応:"), "CONT-B was taken a month ago");
    }

    private static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
