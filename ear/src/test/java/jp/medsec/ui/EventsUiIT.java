package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff register an event, check a holder in at reception, and import an attendance list, through the pages. */
class EventsUiIT extends BrowserTestBase {

    @Test
    void staffRunAnEventFromRegistrationToAttendance() throws Exception {
        String title = "セキュリティ研修会 " + UUID.randomUUID().toString().substring(0, 6);
        jp.medsec.it.Fixtures.Holder firstHolder = jp.medsec.it.Fixtures.hitHolder();
        String[] first = {firstHolder.certificateNumber(), String.valueOf(firstHolder.id())};
        String second = jp.medsec.it.Fixtures.hitHolder().certificateNumber();

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navEvents"))).click();
        WebElement titleInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventForm:title")));
        titleInput.sendKeys(title);
        driver.findElement(By.id("eventForm:organiser")).sendKeys("医療情報技師育成部会");
        WebElement starts = driver.findElement(By.id("eventForm:startsOn_input"));
        starts.sendKeys("2026-11-14");
        starts.sendKeys(Keys.ESCAPE);
        driver.findElement(By.id("eventForm:venue")).sendKeys("東京国際フォーラム");
        // Points beyond the rules are refused with a word, not clamped without one.
        WebElement points = driver.findElement(By.id("eventForm:points"));
        points.clear();
        points.sendKeys("32");
        driver.findElement(By.id("eventForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventForm:messages"), "0〜20"));
        assertEquals("0", jp.medsec.it.TestDatabase.scalar("SELECT COUNT(*) FROM event WHERE title = '" + title + "'"));
        points = driver.findElement(By.id("eventForm:points"));
        points.clear();
        points.sendKeys("3");
        Browser.screenshot(driver, "20-event-register-ja");
        driver.findElement(By.id("eventForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventForm:messages"), "登録しました"));
        Browser.screenshot(driver, "21-events-ja");

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("eventTitle"), title));
        // Nobody has attended yet: the announcement can be corrected.
        driver.findElement(By.id("changeForm:edit")).click();
        WebElement venue = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeForm:venue")));
        venue.clear();
        venue.sendKeys("パシフィコ横浜");
        driver.findElement(By.id("changeForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changeForm:changeMessages"), "訂正しました"));
        assertEquals("パシフィコ横浜", TestDatabase.scalar("SELECT venue FROM event WHERE title = '" + title + "'"));
        assertTrue(driver.findElement(By.id("eventCard")).getText().contains("パシフィコ横浜"));
        driver.findElement(By.id("checkinLink")).click();

        WebElement scan = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkinForm:scanned")));
        scan.sendKeys("http://localhost:8080/verify.xhtml?n=" + first[0], Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkinForm:result"), "出席を記録しました"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkinForm:scanned"))).sendKeys(first[0], Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkinForm:result"), "すでに受付済み"));
        Browser.screenshot(driver, "22-checkin-ja");

        driver.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventTitle")));
        driver.navigate().refresh();
        Path csv = Files.createTempFile("attendance", ".csv");
        Files.writeString(csv, "certificate_number\n" + second + "\nHIT-1\n");
        WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
        file.sendKeys(csv.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendanceForm:messages"), "取り込みました"));
        assertTrue(driver.findElement(By.id("attendanceForm:report")).getText().contains("認定番号の形式が不正です"));
        Browser.screenshot(driver, "23-event-attendance-ja");

        long eventId = Long.parseLong(TestDatabase.scalar("SELECT id FROM event WHERE title = '" + title + "'"));
        assertEquals("2", TestDatabase.scalar("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eventTitle")));
        assertTrue(driver.findElements(By.id("changeForm:edit")).isEmpty(), "attended: no longer corrected or cancelled");
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM point_entry WHERE event_id = " + eventId
                + " AND holder_id = " + first[1]));
        assertTrue(Browser.consoleErrors(driver).stream().noneMatch(e -> e.contains("Content Security Policy")),
                Browser.consoleErrors(driver).toString());
    }

    @Test
    void anEventNobodyAttendedIsCancelledWithAReasonAndTakesNoAttendance() throws Exception {
        String title = "中止テスト研修会 " + java.util.UUID.randomUUID().toString().substring(0, 6);
        long eventId = TestDatabase.update("INSERT INTO event (title, kind, organiser, starts_on, ends_on, points, "
                + "point_category) VALUES ('" + title + "', 'TRAINING', '日本医療情報学会', CURRENT_DATE + INTERVAL 30 DAY, "
                + "CURRENT_DATE + INTERVAL 30 DAY, 3, 'EVENT')");
        String number = jp.medsec.it.Fixtures.hitHolder().certificateNumber();
        signIn("staff", "medsec-staff");
        driver.get(jp.medsec.it.WebClient.BASE + "/staff/event.xhtml?id=" + eventId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("changeForm:cancelEvent"))).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("changeForm:changeMessages"), "理由"));
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM event WHERE id = " + eventId + " AND cancelled_at IS NOT NULL"),
                "without a reason nothing is cancelled");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        driver.findElement(By.id("changeForm:cancelReason")).sendKeys("講師の都合により");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("changeForm:cancelEvent"))).click();
        confirm();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelledBadge")));
        assertEquals("講師の都合により", TestDatabase.scalar("SELECT cancel_reason FROM event WHERE id = " + eventId));
        assertTrue(driver.findElements(By.id("attendanceForm")).isEmpty(), "a cancelled event takes no attendance");
        Browser.screenshot(driver, "24-event-cancelled-ja");

        driver.get(jp.medsec.it.WebClient.BASE + "/staff/checkin.xhtml?event=" + eventId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkinForm:scanned"))).sendKeys(number, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "中止されています"));
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
    }
}
