package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff list security personnel by group, see who is due for a continuing course, and correct a person's profile;
 * the group is recomputed and the change kept in the history. Holders and officers may not open these pages.
 */
class StaffPersonnelUiIT extends BrowserTestBase {

    @Test
    void staffFindWhoIsDueForContinuingCoursesAndCorrectAProfile() throws Exception {
        jp.medsec.it.Fixtures.Holder holder = jp.medsec.it.Fixtures.hitHolder();
        String[] person = {String.valueOf(holder.id()), holder.familyName() + holder.givenName()};
        long holderId = holder.id();
        // A Group B person (HIT + 情報セキュリティマネジメント) who took CONT-A recently and CONT-B 13 months ago.
        TestDatabase.update("INSERT INTO personnel_profile (holder_id, guideline_understood, computed_group) VALUES ("
                + holderId + ", TRUE, 'B')");
        TestDatabase.update("INSERT INTO personnel_qualification (holder_id, qualification) VALUES (" + holderId + ", 'IPA_SG')");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        TestDatabase.update("INSERT INTO module_completion (holder_id, module_code, completed_on) VALUES (" + holderId
                + ", 'CONT-A', '" + today.minusMonths(2) + "'), (" + holderId + ", 'CONT-B', '" + today.minusMonths(13) + "')");

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navStaffPersonnel"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personnelSearch:text"))).sendKeys(person[1]);
        driver.findElement(By.xpath("//div[@id='personnelSearch:group']//div[contains(@class, 'ui-button')][normalize-space()='Group B']")).click();
        driver.findElement(By.cssSelector("#personnelSearch\\:dueOnly .ui-chkbox-box")).click();
        WebElement before = driver.findElement(By.id("personnelSearch:persons_data"));
        driver.findElement(By.id("personnelSearch:search")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        By rowOfPerson = By.xpath("//tbody[@id='personnelSearch:persons_data']/tr[.//a[contains(@href, 'id=" + holderId + "')]]");
        String shown = wait.until(ExpectedConditions.presenceOfElementLocated(rowOfPerson)).getText();
        assertTrue(shown.contains(today.minusMonths(2).toString()), "last CONT-A shown: " + shown);
        // The topics by their names (CONT-A 最近の脅威, CONT-B 初動対応, CONT-C ガイドライン), never their codes.
        assertTrue(shown.contains("初動対応") && shown.contains("ガイドライン"), "CONT-B lapsed, CONT-C never taken: " + shown);
        assertTrue(!shown.contains("最近の脅威") && !shown.contains("CONT-"), "CONT-A was taken two months ago: not due: " + shown);
        assertEquals("Group B", driver.findElement(By.cssSelector("#personnelSearch\\:group .ui-state-active")).getText(),
                "the filter is kept");
        Browser.screenshot(driver, "62-staff-personnel-due-ja");

        driver.findElement(rowOfPerson).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("personnelForm:save")));
        assertTrue(driver.findElement(By.id("fromRegistry")).getText().contains("医療情報技師"));
        // The person turns out not to know the MHLW guideline: staff untick it and no group is met any more.
        driver.findElement(By.cssSelector("#personnelForm\\:guideline .ui-chkbox-box")).click();
        driver.findElement(By.id("personnelForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("personnelForm:messages"), "保存しました"));
        Browser.screenshot(driver, "63-staff-person-ja");
        english();
        Browser.screenshot(driver, "63-staff-person-en");
        assertEquals(null, TestDatabase.scalarOrNull("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holderId));
        assertEquals("staff", TestDatabase.scalar("SELECT r.changed_by FROM personnel_profile_aud a JOIN revinfo r ON r.id = a.rev "
                + "WHERE a.holder_id = " + holderId + " ORDER BY a.rev DESC LIMIT 1"), "the correction is in the history with its author");
    }

    @Test
    void onlyStaffOpenThePersonnelPages() throws Exception {
        for (String[] account : new String[][]{{"holder", "medsec-holder"}, {"officer", "medsec-officer"}}) {
            WebClient web = new WebClient();
            web.signIn(account[0], account[1]);
            assertEquals(403, web.get("/staff/personnel.xhtml").statusCode(), account[0]);
            assertEquals(403, web.get("/staff/person.xhtml?id=1").statusCode(), account[0]);
            assertEquals(403, web.get("/staff/documents/completion?n=SCA-00000001").statusCode(), account[0]);
        }
        assertEquals(302, new WebClient().get("/staff/personnel.xhtml").statusCode());
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        assertEquals(404, staff.get("/staff/person.xhtml?id=999999999").statusCode());
        assertEquals(404, staff.get("/staff/person.xhtml?id=abc").statusCode());
        assertEquals(400, staff.get("/staff/documents/completion?n=nonsense").statusCode());
        assertEquals(404, staff.get("/staff/documents/completion?n=SCA-99999999").statusCode());
    }
}
