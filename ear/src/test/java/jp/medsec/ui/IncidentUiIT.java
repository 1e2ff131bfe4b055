package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: an ASSISTED hospital's officer asks for help; it reaches the LEADING hospital that supports it (set by
 * staff), whose officer acknowledges it, adds a note and closes it as resolved; the reporter reads the timeline.
 * Screenshots in English too.
 */
class IncidentUiIT extends BrowserTestBase {

    private static String officerOf(long institutionId) throws Exception {
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + officer + "'");
        return officer;
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username, "it-officer-pass");
    }

    @Test
    void anAssistedHospitalAsksForHelpAndItsSupporterClosesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long assistedId = Fixtures.institution("岡山支援を受ける病院" + tag).prefecture(33).tier("ASSISTED").insert();
        long leadingId = Fixtures.institution("岡山指導病院" + tag).prefecture(33).tier("LEADING").insert();
        String leadingName = TestDatabase.scalar("SELECT name FROM institution WHERE id = " + leadingId);
        TestDatabase.update("INSERT INTO support_agreement (institution_id, supporter_id, state, proposed_by, "
                + "proposed_at, answered_at) VALUES (" + assistedId + ", " + leadingId + ", 'ACCEPTED', 'staff', "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        String assisted = officerOf(assistedId);
        String leading = officerOf(leadingId);
        String title = "電子カルテが起動しない " + tag;

        signIn(assisted, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navIncidents"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("routing"), leadingName));
        driver.findElement(By.id("reportForm:title")).sendKeys(title);
        driver.findElement(By.id("reportForm:whatHappened")).sendKeys("朝から電子カルテの端末が起動せず、画面に脅迫文が表示されています。");
        // Yesterday at 08:30 is in the past whatever the hour the test runs (08:30 today is not, after midnight).
        driver.findElement(By.id("reportForm:occurredOn_input")).sendKeys(LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1).toString());
        driver.findElement(By.id("reportForm:occurredTime")).sendKeys("0830");
        driver.findElement(By.id("reportForm:systemsAffected")).sendKeys("電子カルテ");
        driver.findElement(By.cssSelector("#reportForm\\:careDisrupted .ui-chkbox-box")).click();
        driver.findElement(By.id("reportForm:contact")).sendKeys("情報システム課 佐藤 086-000-0000");
        Browser.screenshot(driver, "9B-incident-report-ja");
        driver.findElement(By.id("reportForm:send")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "報告・相談を送りました"));
        String incidentId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals("受付", driver.findElement(By.id("state")).getText());

        switchTo(leading);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navIncidents"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:supporting"), title));
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("actionsForm:acknowledge"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "確認しました"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noteForm:note")))
                .sendKeys("ネットワークから切り離し、バックアップを確認しています。");
        driver.findElement(By.id("noteForm:addNote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "バックアップを確認しています"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actionsForm:resolutionText")))
                .sendKeys("バックアップから復元し、感染した端末を初期化しました。");
        driver.findElement(By.id("actionsForm:resolve")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "解決"));
        Browser.screenshot(driver, "9B-incident-resolved-ja");
        assertEquals("RESOLVED", TestDatabase.scalar("SELECT state FROM incident WHERE id = " + incidentId));

        switchTo(assisted);
        driver.get(jp.medsec.it.WebClient.BASE + "/institution/incident.xhtml?id=" + incidentId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "解決しました"));
        assertTrue(driver.findElement(By.id("timeline")).getText().contains("支援先が確認しました"));
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Resolved"));
        Browser.screenshot(driver, "9B-incident-timeline-en");
    }
}
