package jp.medsec.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renewal reminders through the outbox, with GreenMail as the SMTP server the application sends to: the job fails
 * while the mail server is down, is restarted, is run again, and every reminder arrives exactly once.
 */
class RenewalReminderIT {

    /** The port the test server's mail session points at (SMTP_PORT in the failsafe configuration). */
    static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);


    private static long outbox(String where) throws Exception {
        return Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'reminder:%'" + where));
    }

    @Test
    void eachReminderIsSentOnceWhateverRestartsHappen() throws Exception {
        long decidedBefore = outbox("");
        long sentBefore = outbox(" AND sent_at IS NOT NULL");

        // 1. The mail server is down: the decisions are kept in the outbox, the sending step fails.
        JsonObject failed = Jobs.awaitEnd(Jobs.start("renewal-reminders"));
        assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
        long decided = outbox("");
        assertTrue(decided > decidedBefore, "reminders were decided: " + decided);
        assertEquals(sentBefore, outbox(" AND sent_at IS NOT NULL"), "nothing sent while the server is down");

        // The sending step sends every unsent mail of the outbox, whatever job decided it (other tests leave some).
        long toSend = Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL"));
        GreenMail greenMail = new GreenMail(SMTP);
        greenMail.start();
        try {
            // 2. Restarted: the sending step resumes; every decided reminder goes out.
            JsonObject restarted = Jobs.awaitEnd(Jobs.restart(failed.getJsonNumber("executionId").longValue()));
            assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
            assertTrue(greenMail.waitForIncomingEmail(30_000, (int) toSend));
            assertEquals(decided, outbox(" AND sent_at IS NOT NULL"));

            // 3. Run again: the same decisions add nothing, nothing is sent twice.
            assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("renewal-reminders")).getString("batchStatus"));
            assertEquals(decided, outbox(""), "no decision twice");
            MimeMessage[] received = greenMail.getReceivedMessages();
            assertEquals(toSend, received.length, "no mail twice");
            Set<String> outboxIds = new HashSet<>();
            for (MimeMessage message : received) {
                assertTrue(outboxIds.add(message.getHeader("X-MedSec-Outbox")[0]), "one mail per outbox row");
            }

            // The demo holder (short of points and the seminar) is told exactly what is missing.
            String demoHolderMail = TestDatabase.scalar("SELECT h.email FROM holder h JOIN user_account a ON a.holder_id = h.id "
                    + "WHERE a.username = 'holder'");
            MimeMessage mine = java.util.Arrays.stream(received).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(demoHolderMail) && m.getSubject().contains("HIT-");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow(() -> new AssertionError("no reminder for the demo holder"));
            String body = mine.getContent().toString();
            assertTrue(body.contains("ポイント：あと"), body);
            assertTrue(body.contains("生涯研修セミナー"), body);
            assertTrue(mine.getSubject().contains("更新期限まで"), mine.getSubject());
        } finally {
            greenMail.stop();
        }
    }
}
