package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff sign in, search a holder by reading, open the holder page: in headless Chromium, Japanese and English. */
class StaffHolderSearchUiIT extends BrowserTestBase {

    @Test
    void staffFindAHolderAndOpenTheHolderPage() throws Exception {
        long holderId = Long.parseLong(TestDatabase.scalar("SELECT MIN(holder_id) FROM certification WHERE type = 'SENIOR_HIT'"));
        String kana = TestDatabase.scalar("SELECT CONCAT(family_name_kana, given_name_kana) FROM holder WHERE id = " + holderId);
        String name = TestDatabase.scalar("SELECT CONCAT(family_name, ' ', given_name) FROM holder WHERE id = " + holderId);

        driver.get(WebClient.BASE + "/login.xhtml");
        Browser.screenshot(driver, "01-login-ja");
        signIn("staff", "medsec-staff");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holderCount")));
        assertEquals(TestDatabase.scalar("SELECT COUNT(*) FROM holder"),
                driver.findElement(By.id("holderCount")).getText().replace(",", ""));
        assertTrue(driver.findElement(By.id("withoutLeading")).getText().contains("指導的な立場の医療機関がない都道府県"));
        Browser.screenshot(driver, "02-dashboard-ja");

        driver.findElement(By.linkText("資格保有者")).click();
        int expectedRows = Math.min(20, matches(kana));
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.id("searchForm:holders:nameFilter")));
        filter.sendKeys(kana);
        wait.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("a.ms-holder-link"));
            return !links.isEmpty() && links.stream().allMatch(l -> l.isDisplayed())
                    && d.findElements(By.cssSelector("#searchForm\\:holders_data tr")).size() <= expectedRows;
        });
        Browser.screenshot(driver, "03-holder-search-ja");
        wait.until(d -> {
            for (WebElement link : d.findElements(By.cssSelector("a.ms-holder-link"))) {
                if (link.getText().equals(name)) {
                    link.click();
                    return true;
                }
            }
            return false;
        });

        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holderName")));
        assertTrue(heading.getText().startsWith(name), heading.getText());
        assertTrue(driver.getPageSource().contains("上級医療情報技師"));
        assertTrue(driver.getPageSource().contains("変更履歴"));
        Browser.screenshot(driver, "04-holder-detail-ja");

        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "Holder"));
        assertTrue(driver.getPageSource().contains("Senior HIT"));
        Browser.screenshot(driver, "05-holder-detail-en");
        driver.findElement(By.linkText("Dashboard")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "Association dashboard"));
        Browser.screenshot(driver, "06-dashboard-en");

        List<String> errors = Browser.consoleErrors(driver);
        assertTrue(errors.stream().noneMatch(e -> e.contains("Content Security Policy")), "CSP refusals: " + errors);
    }

    private static int matches(String kana) throws Exception {
        return Integer.parseInt(TestDatabase.scalar("SELECT COUNT(*) FROM holder WHERE CONCAT(family_name_kana, given_name_kana) "
                + "LIKE '%" + kana + "%'"));
    }
}
