package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A holder in the renewal window is told what is missing and cannot apply while short; once the points and the seminar
 * are complete they apply; staff record the fee and return the application with reasons, which the holder then reads.
 */
class RenewalsUiIT extends BrowserTestBase {

    @Test
    void aRenewalApplicationWaitsForTheRequirementsAndIsReturnedWithReasons() throws Exception {
        // A holder of their own, in the renewal window today: the cycle ends on the coming 31 March.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate end = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear(), 3, 31);
        Fixtures.Holder person = Fixtures.hitHolder();
        String number = person.certificateNumber();
        TestDatabase.update("UPDATE certification SET status = 'RENEWAL_DUE', valid_from = '" + end.minusYears(5).plusDays(1)
                + "', valid_until = '" + end + "' WHERE certificate_number = '" + number + "'");
        String username = TestDatabase.newAccount("HOLDER", "it-holder-pass");
        TestDatabase.update("UPDATE user_account SET holder_id = " + person.id() + " WHERE username = '" + username + "'");
        points(person.id(), 45, end.minusYears(1), false);

        signIn(username, "it-holder-pass");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tasks")));
        String tasks = driver.findElement(By.id("tasks")).getText();
        assertTrue(tasks.contains("あと 5 ポイントを"), tasks);
        assertTrue(tasks.contains("生涯研修セミナー"), tasks);
        assertTrue(driver.findElements(By.cssSelector("button[id$=':applyRenewal']")).isEmpty(), "no application while short");
        assertTrue(driver.findElement(By.cssSelector("[id$=':notYet']")).getText().contains("要件を満たすと"));
        Browser.screenshot(driver, "50-holder-renewal-short-ja");

        points(person.id(), 5, end.minusMonths(6), true);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), "更新の要件を満たしています"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':applyRenewal']"))).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:renewalMessages"), "更新を申請しました"));
        assertTrue(driver.findElement(By.id("renewalForm:renewals")).getText().contains(number));
        assertTrue(driver.getCurrentUrl().contains("tab=renewal"), "the application is shown where applications are listed");
        assertEquals("50", TestDatabase.scalar("SELECT r.points_at_submission FROM renewal_application r JOIN certification c "
                + "ON c.id = r.certification_id WHERE c.certificate_number = '" + number + "'"));
        driver.findElement(By.partialLinkText("資格とやること")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), "事務局が確認しています"));
        driver.findElement(By.id("headerForm:logout")).click();

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navRenewals"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:applications"), number));
        clickInRow("renewalsForm:applications", number, "recordFee");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:messages"), "入金を記録しました"));
        Browser.screenshot(driver, "50-renewals-ja");
        row("renewalsForm:applications", number).findElement(By.cssSelector("input[id$=':reasons']"))
                .sendKeys("申請書に署名がありません");
        clickInRow("renewalsForm:applications", number, "return");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:messages"), "差し戻しました"));
        assertEquals("RETURNED", TestDatabase.scalar("SELECT r.state FROM renewal_application r JOIN certification c "
                + "ON c.id = r.certification_id WHERE c.certificate_number = '" + number + "' ORDER BY r.id DESC LIMIT 1"));
        driver.findElement(By.id("headerForm:logout")).click();

        signIn(username, "it-holder-pass");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), "差し戻されました"));
        driver.findElement(By.cssSelector("#tasks .ms-task-RENEWAL_RETURNED a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalForm:renewals"), "差し戻し"));
        assertTrue(driver.findElement(By.id("renewalForm:renewals")).getText().contains("署名がありません"));
        Browser.screenshot(driver, "51-holder-renewal-returned-ja");
    }

    /** Points recorded by staff for the holder on the day (the seminar, if said so). */
    private static void points(long holderId, int points, LocalDate day, boolean seminar) throws SQLException {
        TestDatabase.update("INSERT INTO point_entry (holder_id, category, points, earned_on, counts_as_seminar, source, "
                + "description, recorded_by, recorded_at) VALUES (" + holderId + ", 'EVENT', " + points + ", '" + day + "', "
                + seminar + ", 'STAFF', '" + (seminar ? "医療情報技師 生涯研修セミナー" : "医療情報学連合大会") + "', 'it', NOW())");
    }

    /** The row of the table that holds the text (the inputs of a decision belong to their row). */
    private WebElement row(String table, String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#" + table.replace(":", "\\:") + "_data tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    private void clickInRow(String table, String text, String button) {
        wait.until(d -> {
            for (WebElement row : d.findElements(By.cssSelector("#" + table.replace(":", "\\:") + "_data tr"))) {
                if (row.getText().contains(text)) {
                    row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
                    return true;
                }
            }
            return false;
        });
    }
}
