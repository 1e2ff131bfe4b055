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

    /**
     * Chooses the item of a PrimeFaces select menu whose value is {@code value}, and waits until the menu shows it. The
     * menu shows the choice once PrimeFaces has taken it; a click during the panel's animation can be lost, so the
     * choice is made again until it shows (as a person would).
     */
    protected void choose(String menuId, String value, String shown) {
        By label = By.id(menuId + "_label");
        for (int attempt = 0; attempt < 3 && !driver.findElement(label).getText().contains(shown); attempt++) {
            org.openqa.selenium.WebElement menu = driver.findElement(By.id(menuId));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
            menu.click();
            // The item may lie below the panel's scrolled fold when the list is long (many leading hospitals in a
            // database that other tests filled): it is brought into the panel's view first, and clicked by script,
            // which needs no visibility; the label shows whether PrimeFaces took the choice.
            org.openqa.selenium.WebElement item = wait.until(org.openqa.selenium.support.ui.ExpectedConditions
                    .presenceOfElementLocated(By.cssSelector("[id='" + menuId + "_items'] li[data-value='" + value + "']")));
            driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", item);
            // A click event on the item, as the mouse gives it: the panel may open where another element covers it.
            driver.executeScript("arguments[0].click()", item);
            try {
                wait.withTimeout(Duration.ofSeconds(3)).until(org.openqa.selenium.support.ui.ExpectedConditions
                        .textToBePresentInElementLocated(label, shown));
            } catch (org.openqa.selenium.TimeoutException retry) {
                // chosen again
            } finally {
                wait.withTimeout(Duration.ofSeconds(20));
            }
        }
        if (!driver.findElement(label).getText().contains(shown)) {
            throw new AssertionError(menuId + " does not show " + shown + ": " + driver.findElement(label).getText());
        }
    }

    /** Answers yes to the confirmation an action that cannot be undone asks first. */
    protected void confirm() {
        // The dialog fades in: a click while it is still fading can be lost, so the answer waits for the fade to end,
        // and is given again if the dialog is still there (as a person would).
        for (int attempt = 0; attempt < 3; attempt++) {
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".ui-confirmdialog-yes")));
            wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !window.jQuery || window.jQuery(':animated').length === 0")));
            driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            try {
                wait.withTimeout(Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                        .invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
                return;
            } catch (org.openqa.selenium.TimeoutException again) {
                // answered again
            } finally {
                wait.withTimeout(Duration.ofSeconds(20));
            }
        }
        throw new AssertionError("the confirmation did not close");
    }

    /** Switches the session to English with the header's link, as a reader would, and waits for the page to follow. */
    protected void english() {
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("headerForm:langEn"))).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
}
