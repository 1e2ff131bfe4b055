package jp.medsec.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders of a check's steps through the outbox, with GreenMail as the SMTP server: the job fails while the mail
 * server is down, is restarted and run again, and the CISO of each hospital the step concerns gets one mail.
 */
class PeerCheckReminderIT {

    private static String ciso(long institutionId, String mail) throws Exception {
        Fixtures.Holder holder = Fixtures.hitHolder();
        TestDatabase.update("UPDATE holder SET email = '" + mail + "' WHERE id = " + holder.id());
        TestDatabase.update("INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES ("
                + institutionId + ", 'CISO', " + holder.id() + ", 'SENNIN', 'CONFIRMED')");
        return mail;
    }

    private static long received(GreenMail mail, String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void eachHospitalsCisoIsRemindedOnceOfTheVisitWhateverRestartsHappen() throws Exception {
        LocalDate visit = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5);
        long checker = Fixtures.institution("リマインダー実施病院").prefecture(22).tier("LEADING").insert();
        long checked = Fixtures.institution("リマインダー受審病院").prefecture(23).tier("LEADING").insert();
        String checkerMail = ciso(checker, "ciso-" + checker + "@checker.example.jp");
        String checkedMail = ciso(checked, "ciso-" + checked + "@checked.example.jp");
        long cycle = TestDatabase.update("INSERT INTO peer_check_cycle (fiscal_year, status, travel_preference, conflicts_due, "
                + "checks_due, opened_by, opened_at, computed_at, published_by, published_at) VALUES (2071, 'PUBLISHED', "
                + "'NEAR', '2071-05-31', '2072-03-31', 'staff', NOW(), NOW(), 'staff', NOW())");
        long check = TestDatabase.update("INSERT INTO peer_check (cycle_id, fiscal_year, checked_id, checker_id, distance_km, "
                + "cost, proposed_visit_on, proposed_by_side, proposed_at, visit_on, confirmed_at, sequence) VALUES ("
                + cycle + ", 2071, " + checked + ", " + checker + ", 0.0, 0, '" + visit + "', 'CHECKER', NOW(), '" + visit + "', NOW(), 2)");
        String mine = "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'peer-check:" + check + ":%'";

        JsonObject failed = Jobs.awaitEnd(Jobs.start("peer-check-reminders"));
        assertEquals("FAILED", failed.getString("batchStatus"), "the mail server is down: " + failed);
        assertEquals("2", TestDatabase.scalar(mine), "the visit, to both hospitals' CISOs, decided once each");
        assertTrue(TestDatabase.scalar("SELECT GROUP_CONCAT(dedup_key) FROM mail_outbox WHERE dedup_key LIKE 'peer-check:"
                + check + ":%'").contains(":SITE_VISIT:" + visit + ":"));

        GreenMail mail = new GreenMail(RenewalReminderIT.SMTP);
        mail.start();
        try {
            JsonObject restarted = Jobs.awaitEnd(Jobs.restart(failed.getJsonNumber("executionId").longValue()));
            assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
            long deadline = System.currentTimeMillis() + 30_000;
            while ((received(mail, checkerMail) == 0 || received(mail, checkedMail) == 0)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("peer-check-reminders")).getString("batchStatus"));
            assertEquals("2", TestDatabase.scalar(mine), "no decision twice");
            assertEquals(1, received(mail, checkerMail), "the checker's CISO, once");
            assertEquals(1, received(mail, checkedMail), "the checked hospital's CISO, once");
            MimeMessage toChecked = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(checkedMail);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow();
            assertTrue(toChecked.getSubject().contains("訪問") && toChecked.getSubject().contains(visit.toString()),
                    toChecked.getSubject());
            assertTrue(toChecked.getContent().toString().contains("2071年度"), toChecked.getContent().toString());
        } finally {
            mail.stop();
        }
    }
}
