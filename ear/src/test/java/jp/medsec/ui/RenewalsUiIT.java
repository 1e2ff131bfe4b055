package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A holder applies for renewal in the window; staff record the fee and, the transcript being short, return it. */
class RenewalsUiIT extends BrowserTestBase {

    @Test
    void aRenewalApplicationIsCheckedAgainstTheTranscriptAndReturned() throws Exception {
        String number = TestDatabase.scalar("SELECT c.certificate_number FROM certification c JOIN user_account a "
                + "ON a.holder_id = c.holder_id WHERE a.username = 'holder' AND c.type = 'HIT'");
        assertEquals("RENEWAL_DUE", TestDatabase.scalar("SELECT status FROM certification WHERE certificate_number = '" + number + "'"));

        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':applyRenewal']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:renewalMessages"), "更新を申請しました"));
        assertTrue(driver.findElement(By.id("renewalForm:renewals")).getText().contains(number));
        driver.findElement(By.id("headerForm:logout")).click();

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navRenewals"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:applications"), number));
        clickInRow("renewalsForm:applications", number, "recordFee");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:messages"), "入金を記録しました"));
        clickInRow("renewalsForm:applications", number, "approve");
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:messages"), "要件を満たしていません"));
        Browser.screenshot(driver, "50-renewals-ja");
        driver.findElement(By.id("renewalsForm:reasons")).sendKeys("ポイントと生涯研修セミナーが不足しています");
        clickInRow("renewalsForm:applications", number, "return");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:messages"), "差し戻しました"));
        assertEquals("RETURNED", TestDatabase.scalar("SELECT r.state FROM renewal_application r JOIN certification c "
                + "ON c.id = r.certification_id WHERE c.certificate_number = '" + number + "' ORDER BY r.id DESC LIMIT 1"));
        driver.findElement(By.id("headerForm:logout")).click();

        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:renewals"), "差し戻し"));
        assertTrue(driver.findElement(By.id("renewalForm:renewals")).getText().contains("不足しています"));
        Browser.screenshot(driver, "51-holder-renewal-returned-ja");
    }

    private void clickInRow(String table, String text, String button) {
        wait.until(d -> {
            for (WebElement row : d.findElements(By.cssSelector("#" + table.replace(":", "\\:") + "_data tr"))) {
                if (row.getText().contains(text)) {
                    row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
                    return true;
                }
            }
            return false;
        });
    }
}
