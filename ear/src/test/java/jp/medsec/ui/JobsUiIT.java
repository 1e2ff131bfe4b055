package jp.medsec.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff start a batch job from its page and watch it complete, with its steps' progress. */
class JobsUiIT extends BrowserTestBase {

    @Test
    void staffRunTheStatusJobAndSeeItComplete() throws Exception {
        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navJobs"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$='0:start']"))).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsForm:messages"), "開始しました"));
        // other jobs (the mail sending after an earlier test's change) may have completed too: wait for this one's steps
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsForm:runs"), "上位資格への波及"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsForm:runs"), "完了"));
        String runs = driver.findElement(By.id("jobsForm:runs")).getText();
        assertTrue(runs.contains("上位資格への波及") && !runs.contains("cascade") && !runs.contains("COMPLETED"), runs);
        Browser.screenshot(driver, "60-jobs-ja");
        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "Batch jobs"));
        Browser.screenshot(driver, "61-jobs-en");
    }
}
