package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: revoking a certificate asks first and does nothing when the answer is no; a revoke refused for want of
 * a reason says so where the eye is; with a reason and a yes it is revoked.
 */
class ConfirmationsUiIT extends BrowserTestBase {

    @Test
    void aRevokeAsksFirstAndARefusedOneSaysWhyInView() throws Exception {
        Fixtures.Holder person = Fixtures.hitHolder();
        By revokeHit = By.xpath("//tr[.//span[text()='" + person.certificateNumber() + "']]//button[contains(@id, ':revoke')]");
        String status = "SELECT status FROM certification WHERE certificate_number = '" + person.certificateNumber() + "'";
        signIn("staff", "medsec-staff");
        driver.findElement(By.linkText("資格保有者")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("searchForm:holders:nameFilter")))
                .sendKeys(person.familyNameKana() + person.givenNameKana());
        wait.until(d -> {
            for (WebElement link : d.findElements(By.cssSelector("a.ms-holder-link"))) {
                if (link.getText().equals(person.fullName())) {
                    link.click();
                    return true;
                }
            }
            return false;
        });
        WebElement revoke = wait.until(ExpectedConditions.elementToBeClickable(revokeHit));
        assertEquals(String.valueOf(java.time.LocalDate.now().getYear()),
                driver.findElement(By.id("adminForm:passYear_input")).getAttribute("value"), "a year reads as a year");

        // Issuing asks first too, and the year typed is the year stored.
        choose("adminForm:issueType", "MIIS", "医用画像情報専門技師");
        WebElement year = driver.findElement(By.id("adminForm:passYear_input"));
        year.clear();
        year.sendKeys(String.valueOf(java.time.LocalDate.now().getYear() - 1));
        driver.findElement(By.id("adminForm:issue")).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("adminForm:adminMessages"), "認定しました"));
        assertEquals("1", (TestDatabase.scalar("SELECT COUNT(*) FROM certification WHERE type = 'MIIS' AND holder_id = "
                + person.id())));
        revoke = wait.until(ExpectedConditions.elementToBeClickable(revokeHit));

        revoke.click();
        WebElement no = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-no")));
        assertTrue(driver.findElement(By.cssSelector(".ui-confirm-dialog")).getText().contains(person.certificateNumber()),
                "the dialog says which certificate");
        Browser.screenshot(driver, "9C-revoke-confirm-ja");
        no.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertEquals("ACTIVE", TestDatabase.scalar(status), "no: nothing happens");
        assertTrue(driver.findElements(By.cssSelector("#adminForm\\:adminMessages .ui-messages-error")).isEmpty(),
                "no: nothing asked of the server");

        driver.findElement(revokeHit).click();
        confirm();
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#adminForm\\:adminMessages .ui-messages-error")));
        assertTrue(refusal.getText().contains("理由"), refusal.getText());
        Boolean inView = (Boolean) driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", refusal);
        assertTrue(inView, "the refusal is where the eye is");
        assertEquals("ACTIVE", TestDatabase.scalar(status));
        Browser.screenshot(driver, "9C-revoke-refused-ja");

        driver.findElement(By.id("adminForm:reason")).sendKeys("不正な申請が判明したため");
        driver.findElement(revokeHit).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("adminForm:adminMessages"), "取り消しました"));
        assertEquals("REVOKED", TestDatabase.scalar(status));
    }
}
