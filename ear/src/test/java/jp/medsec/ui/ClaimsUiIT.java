package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A holder reads their transcript and claims points with evidence; staff approve; the holder sees the points. */
class ClaimsUiIT extends BrowserTestBase {

    @Test
    void aClaimGoesFromHolderToStaffAndBackAsPoints() throws Exception {
        String activity = "医療情報技師 地方研修会 講師 " + UUID.randomUUID().toString().substring(0, 6);
        long holderId = Long.parseLong(TestDatabase.scalar("SELECT holder_id FROM user_account WHERE username = 'holder'"));
        String before = TestDatabase.scalar("SELECT COALESCE(SUM(points), 0) FROM point_entry WHERE holder_id = " + holderId);

        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        assertTrue(driver.getPageSource().contains("取得ポイント"), "the transcript is on the holder's page");
        driver.findElement(By.partialLinkText("ポイント")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:category")));

        driver.executeScript("PF('claimCategory').selectValue('LECTURING')");
        assertEquals("講師", driver.findElement(By.id("claimForm:category_label")).getText());
        driver.findElement(By.id("claimForm:points")).sendKeys("5");
        WebElement day = driver.findElement(By.id("claimForm:earnedOn_input"));
        day.sendKeys("2026-10-10", Keys.TAB);
        WebElement description = wait.until(ExpectedConditions.elementToBeClickable(By.id("claimForm:description")));
        description.click();
        description.sendKeys(activity);
        Path evidence = Files.createTempFile("evidence", ".pdf");
        Files.write(evidence, "%PDF-1.4\n% lecture certificate\n".getBytes(StandardCharsets.US_ASCII));
        driver.findElement(By.cssSelector("#claimForm\\:evidence_input, input[type=file][id^='claimForm:evidence']"))
                .sendKeys(evidence.toAbsolutePath().toString());
        Browser.screenshot(driver, "40-claim-form-ja");
        driver.findElement(By.id("claimForm:submitClaim")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimForm:claimMessages"), "申請を受け付けました"));
        assertTrue(driver.findElement(By.id("claimForm:claims")).getText().contains("確認待ち"));
        Browser.screenshot(driver, "41-claim-submitted-ja");
        driver.findElement(By.id("headerForm:logout")).click();

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navClaims"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimsForm:claims"), activity));
        Browser.screenshot(driver, "42-claims-queue-ja");
        wait.until(d -> {
            for (WebElement row : d.findElements(By.cssSelector("#claimsForm\\:claims_data tr"))) {
                if (row.getText().contains(activity)) {
                    row.findElement(By.cssSelector("button[id$=':approve']")).click();
                    return true;
                }
            }
            return false;
        });
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claimsForm:messages"), "承認しました"));
        assertEquals("APPROVED", TestDatabase.scalar("SELECT state FROM claim WHERE description = '" + activity + "'"));
        driver.findElement(By.id("headerForm:logout")).click();

        signIn("holder", "medsec-holder");
        driver.get(jp.medsec.it.WebClient.BASE + "/holder/home.xhtml?tab=points");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:claims")));
        assertTrue(driver.findElement(By.id("claimForm:claims")).getText().contains("承認"));
        assertTrue(driver.findElement(By.id("ledger")).getText().contains(activity), "the points are in the ledger");
        assertEquals(Long.parseLong(before) + 5,
                Long.parseLong(TestDatabase.scalar("SELECT SUM(points) FROM point_entry WHERE holder_id = " + holderId)));
        Browser.screenshot(driver, "43-holder-points-ja");
        assertTrue(Browser.consoleErrors(driver).stream().noneMatch(e -> e.contains("Content Security Policy")),
                Browser.consoleErrors(driver).toString());
    }
}
