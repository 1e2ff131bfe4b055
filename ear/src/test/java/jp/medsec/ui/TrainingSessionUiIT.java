package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: the officer records a lecture the hospital held, with everyone of a department and an attendance
 * sheet's staff numbers; the page says how many were recorded and names the number not on the roster.
 */
class TrainingSessionUiIT extends BrowserTestBase {

    @Test
    void anOfficerRecordsWhoAttendedALecture() throws Exception {
        long own = Fixtures.institution("講習会記録病院").insert();
        for (String[] s : new String[][] {{"R-1", "放射線科"}, {"R-2", "放射線科"}, {"P-1", "薬剤部"}}) {
            TestDatabase.update("INSERT INTO staff_member (institution_id, staff_number, name, department, employed_from, "
                    + "updated_at) VALUES (" + own + ", '" + s[0] + "', '職員 " + s[0] + "', '" + s[1] + "', '2018-04-01', NOW())");
        }
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + own + " WHERE username = '" + officer + "'");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);

        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navTraining"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sessionForm:sessionName")));
        driver.findElement(By.id("sessionForm:sessionOn_input")).sendKeys(day.toString());
        driver.findElement(By.id("sessionForm:sessionName")).sendKeys("情報セキュリティ講習会（放射線科）");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sessionForm:attendeeDepartment")))
                .selectByVisibleText("放射線科");
        driver.findElement(By.id("sessionForm:attendeeNumbers")).sendKeys("P-1\nZ-404");
        driver.findElement(By.id("sessionForm:recordSession")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "3 名の出席を記録しました"));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Z-404"), "the unknown number is named");
        assertEquals("3", TestDatabase.scalar("SELECT COUNT(*) FROM training_record r JOIN staff_member s ON "
                + "s.id = r.staff_member_id WHERE s.institution_id = " + own + " AND r.kind = 'LECTURE'"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("sessionForm")));
        Browser.screenshot(driver, "105-training-session-ja");
    }

    /** The demo officer's hospital, as the demo data leave it: figures computed, 医局 the department that skipped. */
    @Test
    void theDemoOfficerSeesTheFiguresAndTheDepartmentThatSkipped() throws Exception {
        signIn("officer", "medsec-officer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navTraining"))).click();
        // The demo's figures are computed by the job started when the server loaded the demo data.
        long deadline = System.currentTimeMillis() + 60_000;
        while (driver.findElements(By.id("rate")).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            driver.navigate().refresh();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate")));
        String departments = driver.findElement(By.id("complianceForm:byDepartment")).getText();
        assertTrue(departments.contains("医局"), departments);
        Browser.screenshot(driver, "106-training-demo-officer-ja");
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Rate trained"));
        Browser.screenshot(driver, "106-training-demo-officer-en");
    }
}
