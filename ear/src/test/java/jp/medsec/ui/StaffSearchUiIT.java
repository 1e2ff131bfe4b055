package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff find a holder or an institution from the header's one search box, open it, and find their way back by the
 * breadcrumbs; the header names the person signed in; a record's page can be opened from a bookmark.
 */
class StaffSearchUiIT extends BrowserTestBase {

    @Test
    void oneSearchFindsAHolderByNumberAndAnInstitutionByCode() throws Exception {
        Fixtures.Holder person = Fixtures.hitHolder();
        String code = TestDatabase.scalar("SELECT i.institution_code FROM institution i JOIN user_account a "
                + "ON a.institution_id = i.id WHERE a.username = 'officer'");
        String name = TestDatabase.scalar("SELECT i.name FROM institution i WHERE i.institution_code = '" + code + "'");
        signIn("staff", "medsec-staff");
        assertEquals(TestDatabase.scalar("SELECT display_name FROM user_account WHERE username = 'staff'"),
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("headerForm:currentUser"))).getText(),
                "the header names the person, not the account");

        driver.findElement(By.id("globalSearch")).sendKeys(person.certificateNumber(), Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("holderCount"), "1"));
        assertEquals("0", driver.findElement(By.id("institutionCount")).getText());
        Browser.screenshot(driver, "13-staff-search-ja");
        driver.findElement(By.cssSelector("#holderHits a.ms-holder-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holderName"), person.fullName()));
        assertTrue(driver.findElement(By.id("breadcrumbs")).getText().contains("資格保有者"));
        String bookmark = driver.getCurrentUrl();

        driver.findElement(By.id("crumbList")).click();
        wait.until(ExpectedConditions.urlContains("/staff/holders.xhtml"));

        driver.findElement(By.id("globalSearch")).sendKeys(code, Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("institutionCount"), "1"));
        driver.findElement(By.cssSelector("#institutionHits a.ms-institution-link")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionName"), name));

        driver.findElement(By.id("globalSearch")).sendKeys("該当しないはずの検索語ｘｙｚ", Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("holderCount"), "0"));
        assertEquals("0", driver.findElement(By.id("institutionCount")).getText());

        // A holder's page opens straight from a bookmark (no token in the link).
        driver.get(bookmark.replaceAll("[?&]jakarta\\.faces\\.Token=[^&]*", ""));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holderName"), person.fullName()));
        driver.get(WebClient.BASE + "/staff/holder.xhtml?id=" + person.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("holderName"), person.fullName()));
    }
}
