package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: a LEADING hospital's officer announces a joint drill; a SELF_DEFENDING hospital's officer registers a
 * person; on the day the host marks them present; the guest's audit item on joining drills is pre-filled from it and
 * the guest downloads the participation certificate. Screenshots in English too.
 */
class MeetingUiIT extends BrowserTestBase {

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
    void aDrillIsAnnouncedJoinedAttendedAndCountsForTheAudit() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long hostId = Fixtures.institution("宮城指導病院" + tag).prefecture(4).tier("LEADING").insert();
        long guestId = Fixtures.institution("宮城自施設防御病院" + tag).prefecture(4).tier("SELF_DEFENDING")
                .set("is_department", true).insert();
        String host = officerOf(hostId);
        String guest = officerOf(guestId);
        String title = "宮城合同サイバー訓練 " + tag;

        signIn(host, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navMeetings"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("announceForm:title")));
        driver.findElement(By.cssSelector("label[for='announceForm:kind:1']")).click(); // サイバー攻撃合同訓練
        driver.findElement(By.id("announceForm:title")).sendKeys(title);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14);
        driver.findElement(By.id("announceForm:day_input")).sendKeys(day.toString());
        driver.findElement(By.id("announceForm:place")).sendKeys("本院 災害対策本部室");
        WebElement capacity = driver.findElement(By.id("announceForm:capacity_input"));
        capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
        driver.findElement(By.id("announceForm:programme")).sendKeys("電子カルテ停止を想定した実動訓練");
        Browser.screenshot(driver, "98-meeting-announce-ja");
        driver.findElement(By.id("announceForm:announce")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingTitle"), title));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("会合を告知しました"));
        assertTrue(driver.findElement(By.id("meetingTitle")).getText().contains("サイバー攻撃合同訓練"));
        String meetingId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals("DRILL", TestDatabase.scalar("SELECT kind FROM meeting WHERE id = " + meetingId));

        switchTo(guest);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navMeetings"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("openForm:open"), title));
        Browser.screenshot(driver, "98-meetings-open-ja");
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:participantName")));
        driver.findElement(By.id("registerForm:participantName")).sendKeys("佐々木 陽介");
        driver.findElement(By.id("registerForm:participantRole")).sendKeys("情報システム課");
        driver.findElement(By.id("registerForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "佐々木 陽介 さんの参加が確定しました"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrationsForm:registrations"), "参加確定"));
        Browser.screenshot(driver, "98-meeting-registered-ja");

        // The day comes.
        TestDatabase.update("UPDATE meeting SET starts_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, "
                + "ends_at = UTC_TIMESTAMP(6) + INTERVAL 2 HOUR WHERE id = " + meetingId);
        switchTo(host);
        driver.get(WebClient.BASE + "/institution/meeting.xhtml?id=" + meetingId);
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#registrationsForm\\:registrations tbody tr"))
                .stream().filter(r -> r.getText().contains("佐々木 陽介")).findFirst().orElse(null));
        row.findElement(By.xpath(".//span[text()='出席']")).click();
        driver.findElement(By.id("registrationsForm:saveAttendance")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "出欠を保存しました"));
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = " + meetingId
                + " AND attended = TRUE"));
        Browser.screenshot(driver, "98-meeting-attendance-ja");

        switchTo(guest);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navMeetings"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrationsForm:registrations"), "出席"));
        assertTrue(driver.findElement(By.id("registrationsForm:registrations")).findElement(By.partialLinkText("参加証明書"))
                .getAttribute("href").contains("/institution/documents/participation?id="));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navInstitution"))).click();
        driver.findElement(By.id("institutionForm:startAudit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditTitle")));
        WebElement drills = driver.findElement(By.cssSelector(".ms-item-S-12"));
        assertTrue(drills.getText().contains(title), drills.getText());
        assertTrue(drills.getText().contains("システムの判定"), drills.getText());
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", drills);
        Browser.screenshot(driver, "98-audit-drill-prefilled-ja");

        english();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navMeetings"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrationsForm:registrations"), "Present"));
        Browser.screenshot(driver, "98-meetings-en");
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetingTitle"), "Joint cyber drill"));
        Browser.screenshot(driver, "98-meeting-en");
    }
}
