package jp.medsec.ui;

import jp.medsec.it.ChecklistIT;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A vendor's contact opens the link they were mailed, answers the vendor form without an account, and cannot reuse it. */
class VendorFormUiIT extends BrowserTestBase {

    @Test
    void aVendorAnswersTheFormOnceThroughItsLink() throws Exception {
        String token = ChecklistIT.link(14);
        driver.get(WebClient.BASE + "/vendor.xhtml?t=" + token);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("formTitle"), "事業者確認用"));
        driver.findElement(By.id("vendorForm:respondent")).sendKeys("保守 担当");
        List<WebElement> rows = driver.findElements(By.cssSelector("#vendorForm\\:items_data > tr"));
        assertEquals(18, rows.size());
        for (WebElement row : rows) {
            row.findElement(By.cssSelector("input[type=radio][value=YES]")).click();
        }
        WebElement patches = driver.findElement(By.cssSelector("tr.ms-check-2-2-4"));
        patches.findElement(By.cssSelector("input[type=radio][value=NO]")).click();
        driver.findElement(By.id("vendorForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("vendorForm:messages"), "2-2-4: 「いいえ」の場合は対応目標日を入力してください"));
        Browser.screenshot(driver, "75-vendor-form-refused-ja");

        patches = driver.findElement(By.cssSelector("tr.ms-check-2-2-4"));
        // This fiscal year's form (FY2026): checked within the year, and the target by 31 March 2027
        WebElement checked = patches.findElement(By.cssSelector("input[id$=':checked']"));
        checked.clear();
        checked.sendKeys("2026-11-20");
        patches.findElement(By.cssSelector("input[id$=':target']")).sendKeys("2027-03-15");
        driver.findElement(By.id("vendorForm:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        assertEquals("2027-03-15", TestDatabase.scalar("SELECT a.target_date FROM checklist_answer a JOIN checklist_response r ON "
                + "r.id = a.response_id JOIN vendor_token t ON t.vendor_id = r.vendor_id JOIN catalogue_item i ON i.id = "
                + "a.catalogue_item_id WHERE t.token_hash = '" + ChecklistIT.hash(token) + "' AND i.code = '2-2-4'"));

        driver.get(WebClient.BASE + "/vendor.xhtml?t=" + token);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
        assertTrue(driver.findElement(By.id("refusal")).getText().contains("すでに使用されています"));
        english();
        assertTrue(driver.findElement(By.id("refusal")).getText().contains("already been used"));
        Browser.screenshot(driver, "75-vendor-link-used-en");
    }
}
