package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officer registers a vendor and sends it the vendor form: the contact receives one mail whose link opens the form
 * without an account (GreenMail stands in for the SMTP server).
 */
class VendorInvitationUiIT extends BrowserTestBase {

    private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Test
    void theOfficerSendsTheVendorFormAndTheContactOpensItFromTheMail() throws Exception {
        long institution = Fixtures.institution("事業者依頼病院").prefecture(33).beds(150).insert();
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institution + " WHERE username = '" + officer + "'");
        GreenMail mail = new GreenMail(SMTP);
        mail.start();
        try {
            signIn(officer, "it-officer-pass");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("navChecklist"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checklistForm:vendorName"))).sendKeys("医療システム株式会社");
            driver.findElement(By.id("checklistForm:contactName")).sendKeys("保守 太郎");
            driver.findElement(By.id("checklistForm:contactEmail")).sendKeys("not-an-address");
            driver.findElement(By.id("checklistForm:addVendor")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistForm:messages"), "メールアドレスの形式ではありません"));
            driver.findElement(By.id("checklistForm:contactEmail")).clear();
            driver.findElement(By.id("checklistForm:contactEmail")).sendKeys("hoshu@vendor.example.jp");
            driver.findElement(By.id("checklistForm:addVendor")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistForm:messages"), "事業者を登録しました"));
            driver.findElement(By.xpath("//button[contains(@id, ':invite')]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistForm:messages"), "メールで送ります"));
            String shown = driver.findElement(By.id("vendorLink")).getText();
            Browser.screenshot(driver, "76-checklist-vendor-invited-ja");
            english();
            Browser.screenshot(driver, "76-checklist-en");

            // The send job sends every unsent mail of the outbox: other jobs' mails may come along; the vendor's is one.
            long deadline = System.currentTimeMillis() + 20_000;
            MimeMessage[] received = toVendor(mail);
            while (received.length == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                received = toVendor(mail);
            }
            Thread.sleep(500);
            received = toVendor(mail);
            assertEquals(1, received.length, "the vendor's contact, once");
            // through the outbox (sent after the invitation's transaction committed), once
            assertEquals("1", jp.medsec.it.TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = "
                    + "'hoshu@vendor.example.jp' AND dedup_key LIKE 'vendor-link:%' AND sent_at IS NOT NULL"));
            String body = String.valueOf(received[0].getContent());
            Matcher link = Pattern.compile("https?://\\S+/vendor\\.xhtml\\?t=[A-Za-z0-9_-]{43}").matcher(body);
            assertTrue(link.find(), "the mail carries the link: " + body);
            assertEquals(shown, link.group(), "the link mailed is the one shown to the officer");
            assertTrue(body.contains("保守 太郎 様") && body.contains("令和8年度版"), "this fiscal year's vendor form: " + body);

            driver.manage().deleteAllCookies();
            driver.get(shown);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("formTitle"), "事業者確認用"));
        } finally {
            mail.stop();
        }
    }

    private static MimeMessage[] toVendor(GreenMail mail) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("hoshu@vendor.example.jp");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }
}
