package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officer's home opens with where the hospital stands: the score of its latest completed assessment against its
 * tier's requirements, its open findings nearest due first, and what to do next; the figures are the database's, and
 * the score and each finding open the assessment they come from. In Japanese and in English.
 */
class OfficerHomeUiIT extends BrowserTestBase {

    private static final String INSTITUTION = "(SELECT institution_id FROM user_account WHERE username = 'officer')";

    @Test
    void theScoreAndTheFindingsAreTheDatabasesAndOpenTheirAssessment() throws Exception {
        String audit = TestDatabase.scalar("SELECT a.id FROM audit a JOIN catalogue c ON c.id = a.catalogue_id "
                + "WHERE a.institution_id = " + INSTITUTION + " AND a.completed_at IS NOT NULL AND c.code LIKE 'TIER-%' "
                + "ORDER BY a.completed_at DESC, a.id DESC LIMIT 1");
        String items = " FROM audit_item ai JOIN catalogue_item ci ON ci.id = ai.catalogue_item_id WHERE ai.audit_id = " + audit
                + " AND ci.kind = 'REQUIREMENT'";
        String met = TestDatabase.scalar("SELECT COUNT(*)" + items + " AND ai.status = 'MET'");
        String applicable = TestDatabase.scalar("SELECT COUNT(*)" + items + " AND (ai.status IS NULL OR ai.status <> 'NOT_APPLICABLE')");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String outstanding = " FROM finding f JOIN audit a ON a.id = f.audit_id WHERE a.institution_id = " + INSTITUTION
                + " AND f.state IN ('OPEN', 'IN_PROGRESS')";
        String open = TestDatabase.scalar("SELECT COUNT(*)" + outstanding);
        String overdue = TestDatabase.scalar("SELECT COUNT(*)" + outstanding + " AND f.due_date < '" + today + "'");
        String nearest = TestDatabase.scalar("SELECT f.audit_id" + outstanding + " ORDER BY f.due_date, f.id LIMIT 1");

        signIn("officer", "medsec-officer");
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreFigure")));
        assertEquals(met + " / " + applicable, score.getText());
        assertEquals("未完了 " + open + " 件、うち期限超過 " + overdue + " 件", driver.findElement(By.id("findingCounts")).getText());
        assertTrue(driver.findElements(By.cssSelector("#openFindings li")).size() == Math.min(5, Integer.parseInt(open)));
        Browser.screenshot(driver, "12-officer-home-ja");

        driver.findElement(By.cssSelector("#openFindings li a.ms-finding-link")).click();
        wait.until(ExpectedConditions.urlContains("/institution/audit.xhtml?id=" + nearest));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditTitle")));

        driver.navigate().back();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("scoreLink"))).click();
        wait.until(ExpectedConditions.urlContains("/institution/audit.xhtml?id=" + audit));

        driver.navigate().back();
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#score h2"), "Tier requirements met"));
        assertEquals(met + " / " + applicable, driver.findElement(By.id("scoreFigure")).getText());
        assertEquals(open + " open, " + overdue + " past their due date", driver.findElement(By.id("findingCounts")).getText());
        Browser.screenshot(driver, "12-officer-home-en");
    }
}
