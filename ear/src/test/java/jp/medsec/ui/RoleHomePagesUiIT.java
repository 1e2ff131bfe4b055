package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A holder and an institution officer sign in and land on their own pages, with only their own menu. */
class RoleHomePagesUiIT extends BrowserTestBase {

    @Test
    void theHolderSeesTheirOwnCertifications() throws Exception {
        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        String name = TestDatabase.scalar("SELECT h.family_name FROM holder h JOIN user_account a ON a.holder_id = h.id "
                + "WHERE a.username = 'holder'");
        assertTrue(driver.findElement(By.id("greeting")).getText().contains(name));
        assertTrue(driver.getPageSource().contains("上級医療情報技師"));
        assertTrue(driver.getPageSource().contains("あと 12 ポイントが必要です"), "the transcript says what is missing");
        assertTrue(driver.getPageSource().contains("生涯研修セミナー（またはそのe-Learning）の受講が必要です"));
        assertTrue(driver.findElements(By.id("navHolders")).isEmpty(), "no staff menu");
        Browser.screenshot(driver, "10-holder-home-ja");
        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "My certifications"));
        Browser.screenshot(driver, "11-holder-home-en");
    }

    @Test
    void theOfficerSeesTheirInstitution() throws Exception {
        signIn("officer", "medsec-officer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("institutionName")));
        String institution = TestDatabase.scalar("SELECT i.name FROM institution i JOIN user_account a "
                + "ON a.institution_id = i.id WHERE a.username = 'officer'");
        assertEquals(institution, driver.findElement(By.id("institutionName")).getText());
        assertTrue(driver.findElements(By.id("navDashboard")).isEmpty(), "no staff menu");
        Browser.screenshot(driver, "12-officer-home-ja");
        driver.findElement(By.id("headerForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        driver.get(WebClient.BASE + "/institution/home.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "signed out: " + driver.getCurrentUrl());
    }
}
