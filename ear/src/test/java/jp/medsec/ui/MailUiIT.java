package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff read the mail the application sent or is about to send; nobody else may. */
class MailUiIT extends BrowserTestBase {

    @Test
    void staffFindAMailByItsRecipientAndReadIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String recipient = "mail-ui-" + tag + "@example.jp";
        TestDatabase.update("INSERT INTO mail_outbox (dedup_key, recipient, subject, body, created_at) VALUES ('mail-ui:"
                + tag + "', '" + recipient + "', '更新リマインダー（試験 " + tag + "）', '山田 太郎 様\n更新に必要なポイントが 8 ポイント不足しています。', "
                + "UTC_TIMESTAMP(6))");
        try {
            signIn("staff", "medsec-staff");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMail"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "送信メール"));
            driver.findElement(By.id("mailSearch:recipient")).sendKeys("mail-ui-" + tag);
            driver.findElement(By.id("mailSearch:search")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mailSearch:mails"), recipient));
            String rows = driver.findElement(By.id("mailSearch:mails")).getText();
            assertFalse(rows.contains("holder"), "only the mail to that recipient: " + rows);
            assertTrue(rows.contains("送信待ち") || rows.contains("送信済み"), rows);
            driver.findElement(By.cssSelector("a[id$=':open']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mailBody"), "8 ポイント不足"));
            Browser.screenshot(driver, "62-mail-ja");
        } finally {
            TestDatabase.update("DELETE FROM mail_outbox WHERE dedup_key = 'mail-ui:" + tag + "'");
        }
    }

    @Test
    void anOfficerAndAHolderAreRefused() throws Exception {
        for (String[] who : new String[][] {{"officer", "medsec-officer"}, {"holder", "medsec-holder"}}) {
            WebClient web = new WebClient();
            web.signIn(who[0], who[1]);
            assertEquals(403, web.get("/staff/mail.xhtml").statusCode(), who[0]);
        }
        assertEquals(302, new WebClient().get("/staff/mail.xhtml").statusCode(), "anonymous: to the sign-in page");
    }
}
