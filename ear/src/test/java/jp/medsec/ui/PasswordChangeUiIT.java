package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An officer given an initial password changes it: a wrong current password is refused; afterwards only the new one works. */
class PasswordChangeUiIT extends BrowserTestBase {

    @Test
    void anOfficerChangesTheInitialPassword() throws Exception {
        String username = TestDatabase.newAccount("INSTITUTION_OFFICER", "initial-pass-2026");
        signIn(username, "initial-pass-2026");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("headerForm:currentUser"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passwordForm:current"))).sendKeys("wrong-password-1");
        driver.findElement(By.id("passwordForm:next")).sendKeys("my-own-pass-2026");
        driver.findElement(By.id("passwordForm:repeated")).sendKeys("my-own-pass-2026");
        driver.findElement(By.id("passwordForm:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordForm:messages"), "現在のパスワードが正しくありません"));

        driver.findElement(By.id("passwordForm:current")).sendKeys("initial-pass-2026");
        driver.findElement(By.id("passwordForm:next")).sendKeys("my-own-pass-2026");
        driver.findElement(By.id("passwordForm:repeated")).sendKeys("my-own-pass-2026");
        driver.findElement(By.id("passwordForm:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordForm:messages"), "パスワードを変更しました"));

        WebClient old = new WebClient();
        assertEquals(200, old.signIn(username, "initial-pass-2026").statusCode(), "the sign-in page again: refused");
        assertEquals(302, old.get("/institution/home.xhtml").statusCode(), "not signed in");
        WebClient fresh = new WebClient();
        fresh.signIn(username, "my-own-pass-2026");
        assertEquals(200, fresh.get("/account/password.xhtml").statusCode());
        assertEquals(302, new WebClient().get("/account/password.xhtml").statusCode(), "anonymous: sign in first");
    }
}
