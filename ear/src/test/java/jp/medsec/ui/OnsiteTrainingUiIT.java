package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In Japanese: a LEADING hospital's officer offers on-site training, a SELF_DEFENDING hospital's officer applies for a
 * person by certificate number, the host accepts and records the completion, and the applicant sees it completed.
 */
class OnsiteTrainingUiIT extends BrowserTestBase {

    private static String officerOf(long institutionId) throws Exception {
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + officer + "'");
        return officer;
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        signIn(username, "it-officer-pass");
    }

    private WebElement rowOf(String tableId, String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    @Test
    void aPlaceIsOfferedAppliedForAcceptedAndCompleted() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long hostId = Fixtures.institution("福岡指導病院" + tag).prefecture(40).tier("LEADING").insert();
        long guestId = Fixtures.institution("福岡自施設防御病院" + tag).prefecture(40).tier("SELF_DEFENDING").insert();
        String host = officerOf(hostId);
        String guest = officerOf(guestId);
        Fixtures.Holder person = Fixtures.hitHolder();
        String title = "インシデント対応実地研修 " + tag;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        signIn(host, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOnsite"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offerForm:title"))).sendKeys(title);
        driver.findElement(By.id("offerForm:startsOn_input")).sendKeys(today.minusDays(3).toString());
        driver.findElement(By.id("offerForm:endsOn_input")).sendKeys(today.plusDays(30).toString());
        driver.findElement(By.id("offerForm:description")).sendKeys("ログ確認と復旧演習");
        driver.findElement(By.id("offerForm:offerButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "受け入れ枠を設けました"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("onsiteForm:own"), title));

        switchTo(guest);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOnsite"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("onsiteForm:open"), title));
        String hostName = TestDatabase.scalar("SELECT name FROM institution WHERE id = " + hostId);
        String offerId = TestDatabase.scalar("SELECT id FROM onsite_training WHERE host_id = " + hostId);
        choose("onsiteForm:offer", offerId, hostName + "：" + title);
        driver.findElement(By.id("onsiteForm:certificateNumber")).sendKeys(person.certificateNumber());
        driver.findElement(By.id("onsiteForm:applyButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "申し込みました"));
        assertEquals("申し込み中", rowOf("onsiteForm:outgoing", person.fullName()).findElement(By.cssSelector("[id$=':state']")).getText());
        Browser.screenshot(driver, "99-onsite-applied-ja");

        switchTo(host);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOnsite"))).click();
        rowOf("onsiteForm:incoming", person.fullName()).findElement(By.cssSelector("button[id$=':accept']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "受け入れました"));
        WebElement accepted = rowOf("onsiteForm:incoming", person.fullName());
        accepted.findElement(By.cssSelector("input[id$=':completedOn_input']")).sendKeys(today.toString());
        accepted.findElement(By.cssSelector("button[id$=':complete']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "修了を記録しました"));
        Browser.screenshot(driver, "99-onsite-completed-ja");
        assertEquals("COMPLETED", TestDatabase.scalar("SELECT state FROM onsite_trainee WHERE holder_id = " + person.id()));

        switchTo(guest);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOnsite"))).click();
        assertEquals("修了", rowOf("onsiteForm:outgoing", person.fullName()).findElement(By.cssSelector("[id$=':state']")).getText());
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("onsiteForm:outgoing"), "Completed"));
        Browser.screenshot(driver, "99-onsite-en");
    }
}
