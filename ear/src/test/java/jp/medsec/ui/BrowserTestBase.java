package jp.medsec.ui;

import jp.medsec.it.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Browser tests: the shipped EAR (deployed once for all tests by the build), a fresh headless Chromium per test, and signing in through the form. */
abstract class BrowserTestBase {

    protected ChromeDriver driver;
    protected WebDriverWait wait;


    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // tables replace their rows while they filter
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void signIn(String username, String password) {
        driver.get(WebClient.BASE + "/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    /** Switches the session to English with the header's link, as a reader would, and waits for the page to follow. */
    protected void english() {
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("headerForm:langEn"))).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
