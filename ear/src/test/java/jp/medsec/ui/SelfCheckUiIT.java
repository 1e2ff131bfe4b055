package jp.medsec.ui;

import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anyone, signed in or not, checks their group: a Senior HIT with the 支援士 qualification is Group A with 8–15 exempt. */
class SelfCheckUiIT extends BrowserTestBase {

    @Test
    void aSeniorHitSupportSpecialistSeesGroupAAndTheExemptModules() throws Exception {
        driver.get(WebClient.BASE + "/self-check.xhtml");
        tick("SENIOR_HIT");
        tick("IPA_RISS");
        driver.findElement(By.cssSelector("#selfCheckForm\\:guideline .ui-chkbox-box")).click();
        driver.findElement(By.id("selfCheckForm:check")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groupVerdict"), "Group A"));
        assertTrue(driver.findElement(By.id("selfCheckForm:result")).getText().contains("上級医療情報技師"), "the path is shown, by name");
        String exempt = driver.findElement(By.id("exempt")).getText();
        // Modules by their titles: A-NEW-08, A-NEW-15, and (支援士) A-NEW-01.
        assertTrue(exempt.contains("医療情報関連法令・ガイドライン"), exempt);
        assertTrue(exempt.contains("セキュリティ教育及び人材育成の方法") && exempt.contains("情報セキュリティマネジメントの実践"),
                "支援士 exempts 1–7 too: " + exempt);
        driver.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(driver, "80-self-check-ja");
        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "self-check"));
        Browser.screenshot(driver, "81-self-check-en");
    }

    private void tick(String qualification) {
        WebElement input = driver.findElement(By.cssSelector("#selfCheckForm\\:qualifications input[value='" + qualification + "']"));
        String id = input.getAttribute("id");
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }
}
