package jp.medsec.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advisory-reminders job and the Atom feed against MariaDB and GreenMail: an advisory published eight days ago
 * (reminders after seven) is sent once more to the CISO of the hospital that has not acknowledged it and to nobody
 * who has, whatever restarts and reruns happen; the public feed carries it exactly as API.md says, and nothing about
 * who acknowledged it.
 */
class AdvisoryReminderIT {

    /** Fukui: the demo data has no LEADING hospital there. */
    private static final int FUKUI = 18;

    private static long ciso(long institutionId, String address) throws Exception {
        Fixtures.Holder person = Fixtures.hitHolder();
        TestDatabase.update("UPDATE holder SET email = '" + address + "' WHERE id = " + person.id());
        TestDatabase.update("INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES ("
                + institutionId + ", 'CISO', " + person.id() + ", 'SENNIN', 'CONFIRMED')");
        return person.id();
    }

    @Test
    void theHospitalThatHasNotAcknowledgedIsRemindedOnceAcrossARestart() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long acknowledgedId = Fixtures.institution("福井指導病院 確認済み " + tag).prefecture(FUKUI).tier("LEADING").insert();
        long silentId = Fixtures.institution("福井指導病院 未確認 " + tag).prefecture(FUKUI).tier("LEADING").insert();
        String acknowledgedAddress = "ack-" + tag + "@hospital.example.jp";
        String silentAddress = "silent-" + tag + "@hospital.example.jp";
        ciso(acknowledgedId, acknowledgedAddress);
        ciso(silentId, silentAddress);
        long advisory = TestDatabase.update("INSERT INTO advisory (severity, title_ja, title_en, text_ja, text_en, "
                + "remind_after_days, published_by, published_at) VALUES ('CRITICAL', '再通知の試験 " + tag + "', "
                + "'Reminder test', '本文', 'Text', 7, 'staff', UTC_TIMESTAMP(6) - INTERVAL 8 DAY)");
        TestDatabase.update("INSERT INTO advisory_tier (advisory_id, tier) VALUES (" + advisory + ", 'LEADING')");
        TestDatabase.update("INSERT INTO advisory_prefecture (advisory_id, prefecture_code) VALUES (" + advisory + ", "
                + FUKUI + ")");
        TestDatabase.update("INSERT INTO advisory_acknowledgement (advisory_id, institution_id, acknowledged_by, "
                + "acknowledged_at) VALUES (" + advisory + ", " + acknowledgedId + ", 'it', UTC_TIMESTAMP(6))");
        String reminders = "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'advisory:" + advisory + ":remind:%'";

        JsonObject failed = Jobs.awaitEnd(Jobs.start("advisory-reminders"));
        assertEquals("FAILED", failed.getString("batchStatus"), "the mail server is down: " + failed);
        assertEquals("1", TestDatabase.scalar(reminders), "the silent hospital only");
        String remindersOf = "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'advisory:" + advisory + ":remind:";
        assertEquals("1", TestDatabase.scalar(remindersOf + silentId + ":%' AND recipient = '" + silentAddress + "'"));
        assertEquals("0", TestDatabase.scalar(remindersOf + acknowledgedId + ":%'"));

        GreenMail mail = new GreenMail(RenewalReminderIT.SMTP);
        mail.start();
        try {
            JsonObject restarted = Jobs.awaitEnd(Jobs.restart(failed.getJsonNumber("executionId").longValue()));
            assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
            assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("advisory-reminders")).getString("batchStatus"));
            assertEquals("1", TestDatabase.scalar(reminders), "no decision twice");
            // Only this advisory's mails count (the demo's advisories remind these new hospitals too).
            List<MimeMessage> received = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> to(m, silentAddress) && subject(m).contains("再通知の試験 " + tag)).toList();
            assertEquals(1, received.size(), "one reminder");
            assertTrue(Arrays.stream(mail.getReceivedMessages())
                    .noneMatch(m -> to(m, acknowledgedAddress) && subject(m).contains("再通知の試験 " + tag)));
        } finally {
            mail.stop();
        }

        HttpResponse<String> feed = new WebClient().get("/api/v1/advisories/feed");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"),
                feed.headers().toString());
        assertFalse(feed.body().toLowerCase().contains("acknowledg") || feed.body().contains("確認済"),
                "nothing about who acknowledged what");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document atom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                feed.body().getBytes(StandardCharsets.UTF_8)));
        Element root = atom.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() >= 1);
        Element ours = null;
        String previousUpdated = null;
        for (int n = 0; n < entries.getLength(); n++) {
            Element entry = (Element) entries.item(n);
            String updated = text(entry, "updated");
            if (previousUpdated != null) {
                assertTrue(previousUpdated.compareTo(updated) >= 0, "newest first: " + previousUpdated + " / " + updated);
            }
            previousUpdated = updated;
            if (text(entry, "id").equals("urn:medsec:advisory:" + advisory)) {
                ours = entry;
            }
        }
        assertTrue(ours != null, "the advisory is in the feed");
        assertEquals("再通知の試験 " + tag, text(ours, "title"));
        assertEquals("本文", text(ours, "summary"));
        assertEquals("CRITICAL", ((Element) ours.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category")
                .item(0)).getAttribute("term"));
        String link = ((Element) ours.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
                .getAttribute("href");
        assertTrue(link.endsWith("/advisory.xhtml?id=" + advisory), link);
        HttpResponse<String> page = new WebClient().get(link.substring(link.indexOf("/advisory.xhtml")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("再通知の試験 " + tag), "anyone reads the advisory's page");
        assertEquals(404, new WebClient().get("/advisory.xhtml?id=999999999").statusCode());
    }

    private static String text(Element entry, String name) {
        return entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
