package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: staff publish a security advisory to LEADING hospitals (after a confirmation); a LEADING hospital's
 * officer sees it on the home page and acknowledges it; staff see the rate rise and who acknowledged. English too.
 */
class AdvisoryUiIT extends BrowserTestBase {

    @Test
    void staffPublishAnOfficerAcknowledgesStaffSeeTheRate() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long hospitalId = Fixtures.institution("注意喚起確認病院" + tag).prefecture(4).tier("LEADING").insert();
        String hospital = TestDatabase.scalar("SELECT name FROM institution WHERE id = " + hospitalId);
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + hospitalId + " WHERE username = '" + officer + "'");
        String title = "電子カルテ端末の不審な通信への注意 " + tag;

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navStaffAdvisories"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publishForm:titleJa"))).sendKeys(title);
        driver.findElement(By.id("publishForm:textJa")).sendKeys("外部への不審な通信が確認されています。端末のログを確認してください。");
        driver.findElement(By.id("publishForm:titleEn")).sendKeys("Suspicious traffic from EMR terminals " + tag);
        driver.findElement(By.id("publishForm:textEn")).sendKeys("Suspicious outbound traffic has been seen. Check the terminals' logs.");
        driver.findElement(By.id("publishForm:affectedProducts")).sendKeys("電子カルテ端末");
        driver.findElement(By.cssSelector("label[for='publishForm:tiers:0']")).click(); // 指導的な立場の医療機関
        Browser.screenshot(driver, "9A-advisory-publish-ja");
        driver.findElement(By.id("publishForm:publish")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "注意喚起を公開しました"));
        String advisoryId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals("0", driver.findElement(By.id("rate")).getText().replace(" %", "").replace(".0", ""));

        driver.manage().deleteAllCookies();
        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("advisoriesWaiting")));
        WebElement panel = wait.until(d -> d.findElements(By.cssSelector(".ms-advisory")).stream()
                .filter(p -> p.getText().contains(title)).findFirst().orElse(null));
        assertTrue(panel.getText().contains("重要"), panel.getText());
        Browser.screenshot(driver, "9A-advisory-home-ja");
        panel.findElement(By.cssSelector("button[id$=':acknowledge']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("advisoryInbox:advisoryMessages"), "確認済みにしました"));
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM advisory_acknowledgement WHERE advisory_id = "
                + advisoryId + " AND institution_id = " + hospitalId));

        driver.manage().deleteAllCookies();
        signIn("staff", "medsec-staff");
        driver.get(WebClient.BASE + "/staff/advisory.xhtml?id=" + advisoryId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate")));
        long audience = Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM institution WHERE tier = 'LEADING'"));
        assertTrue(driver.findElement(By.id("notYet")).getText().equals(String.valueOf(audience - 1)),
                driver.findElement(By.id("notYet")).getText());
        driver.findElement(By.xpath("//div[@id='audienceForm:filter']//span[text()='確認済み']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audienceForm:audience"), hospital));
        Browser.screenshot(driver, "9A-advisory-rate-ja");
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audienceForm:audience"), "Acknowledged"));
        Browser.screenshot(driver, "9A-advisory-rate-en");
    }
}
