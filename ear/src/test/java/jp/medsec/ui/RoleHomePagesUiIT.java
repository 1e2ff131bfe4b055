package jp.medsec.ui;

import jp.medsec.it.Deployments;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A holder and an institution officer sign in and land on their own pages, with only their own menu. */
@ExtendWith(ArquillianExtension.class)
class RoleHomePagesUiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void signIn(String username, String password) {
        driver.get(WebClient.BASE + "/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    @Test
    void theHolderSeesTheirOwnCertifications() throws Exception {
        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        String name = TestDatabase.scalar("SELECT h.family_name FROM holder h JOIN user_account a ON a.holder_id = h.id "
                + "WHERE a.username = 'holder'");
        assertTrue(driver.findElement(By.id("greeting")).getText().contains(name));
        assertTrue(driver.getPageSource().contains("上級医療情報技師"));
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
