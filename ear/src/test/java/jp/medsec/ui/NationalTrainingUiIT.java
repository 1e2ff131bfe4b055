package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff read the nation's training compliance in Japanese: the nation's rate, the tiers, the prefectures' chart, the
 * institutions below a chosen rate and those that sent nothing; an officer is refused the page. Figures of a fiscal
 * year of its own (2091), written as the job writes them.
 */
class NationalTrainingUiIT extends BrowserTestBase {

    @Test
    void staffFindTheInstitutionsBelowARateAndThoseThatSentNothing() throws Exception {
        long low = Fixtures.institution("受講率の低い病院").prefecture(33).tier("SELF_DEFENDING").insert();
        long good = Fixtures.institution("受講率の高い病院").prefecture(33).tier("LEADING").insert();
        long silent = Fixtures.institution("何も届かない病院").prefecture(34).tier("ASSISTED").insert();
        long run = TestDatabase.update("INSERT INTO training_compliance_run (job_instance_id, fiscal_year, as_of, "
                + "started_at, finished_at) VALUES (-" + (System.nanoTime() % 1_000_000_000 + 7) + ", 2091, '2091-11-01', "
                + "'2091-11-01 01:30', '2091-11-01 01:40')");
        String figures = "INSERT INTO training_compliance (run_id, institution_id, fiscal_year, as_of, tier, in_scope, "
                + "trained, computed_at) VALUES (" + run + ", ";
        TestDatabase.update(figures + low + ", 2091, '2091-11-01', 'SELF_DEFENDING', 200, 120, '2091-11-01 01:35')");
        TestDatabase.update(figures + good + ", 2091, '2091-11-01', 'LEADING', 900, 891, '2091-11-01 01:35')");
        TestDatabase.update(figures + silent + ", 2091, '2091-11-01', 'ASSISTED', 0, 0, '2091-11-01 01:35')");

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navNationalTraining")));
        driver.get(WebClient.BASE + "/staff/training.xhtml?year=2091");
        assertEquals("91.91%", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nationRate")))
                .getText().strip(), "1,011 of 1,100 trained");
        assertTrue(driver.findElement(By.id("sentNothing")).getText().contains("1"));
        String table = driver.findElement(By.id("listForm:institutions_data")).getText();
        assertTrue(table.contains("受講率の低い病院") && table.contains("60%") && !table.contains("受講率の高い病院"), table);
        Browser.screenshot(driver, "104-national-training-ja");

        driver.findElement(By.cssSelector("label[for='listForm:filter:1']")).click();
        driver.findElement(By.id("listForm:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:institutions_data"), "何も届かない病院"));
        assertTrue(driver.findElement(By.id("listForm:institutions_data")).getText().contains("名簿なし"));
        assertFalse(driver.findElement(By.id("listForm:institutions_data")).getText().contains("受講率の低い病院"));
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Rate by prefecture"));
        driver.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(driver, "104-national-training-en");

        driver.manage().deleteAllCookies();
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + low + " WHERE username = '" + officer + "'");
        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navTraining")));
        assertEquals(403, new WebClient().get("/staff/training.xhtml", "Cookie", "JSESSIONID="
                + driver.manage().getCookieNamed("JSESSIONID").getValue()).statusCode(), "an officer is refused");
    }
}
