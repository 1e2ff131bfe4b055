package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A LEADING hospital's officer, in Japanese, declares a conflict of interest with another participant and the months
 * the hospital cannot host a visit; staff see the conflict through the API. An officer of a hospital outside the cycle
 * is told so, and gets 404 for another hospital's declaration.
 */
class OwnPeerCheckUiIT extends BrowserTestBase {

    @Test
    void anOfficerDeclaresAConflictAndTheMonthsItCannotHost() throws Exception {
        long own = Fixtures.institution("相互チェック参加病院").prefecture(26).beds(500).tier("LEADING").insert();
        String ownCode = TestDatabase.scalar("SELECT institution_code FROM institution WHERE id = " + own);
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + own + " WHERE username = '" + officer + "'");
        String staff = WebClient.basic("staff", "medsec-staff");
        assertEquals(200, new WebClient().send("POST", "/api/v1/peer-checks/2062/plan", "application/json", "",
                "Authorization", staff).statusCode());
        String other = TestDatabase.scalar("SELECT MIN(institution_code) FROM institution WHERE tier = 'LEADING' AND id <> " + own
                + " AND id IN (SELECT institution_id FROM peer_check_participant p JOIN peer_check_cycle c ON c.id = p.cycle_id "
                + "WHERE c.fiscal_year = 2062)");

        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks")));
        driver.get(WebClient.BASE + "/institution/peer-checks.xhtml?year=2062");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "計画中"));

        driver.findElement(By.cssSelector("label[for='monthsForm:cannotHost:4']")).click();
        driver.findElement(By.id("monthsForm:saveMonths")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "保存しました"));
        assertEquals(String.valueOf(1 << 4), TestDatabase.scalar("SELECT cannot_host_months FROM peer_check_participant p "
                + "JOIN peer_check_cycle c ON c.id = p.cycle_id WHERE c.fiscal_year = 2062 AND p.institution_id = " + own),
                "August is the fifth month of the fiscal year");

        choose("conflictsForm:other", other, other);
        driver.findElement(By.id("conflictsForm:reason")).sendKeys("院長が先方の理事を兼務");
        driver.findElement(By.id("conflictsForm:declare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "利益相反を登録しました。"));
        assertTrue(driver.findElement(By.id("conflicts")).getText().contains("院長が先方の理事を兼務"));
        Browser.screenshot(driver, "91-peer-check-officer-ja");

        String conflicts = new WebClient().get("/api/v1/peer-checks/2062/conflicts", "Authorization", staff).body();
        assertTrue(conflicts.contains(ownCode) && conflicts.contains(other) && conflicts.contains("院長が先方の理事を兼務"),
                conflicts);
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Planning"));
        Browser.screenshot(driver, "91-peer-check-officer-en");
    }

    @Test
    void anOfficerOfAHospitalOutsideTheCycleIsToldSo() throws Exception {
        long own = Fixtures.institution("相互チェック対象外病院").tier("SELF_DEFENDING").insert();
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + own + " WHERE username = '" + officer + "'");
        assertEquals(200, new WebClient().send("POST", "/api/v1/peer-checks/2063/plan", "application/json", "",
                "Authorization", WebClient.basic("staff", "medsec-staff")).statusCode());
        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks")));
        driver.get(WebClient.BASE + "/institution/peer-checks.xhtml?year=2063");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notParticipant")));
        assertTrue(driver.findElements(By.id("conflictsForm:declare")).isEmpty());
        driver.get(WebClient.BASE + "/staff/peer-checks.xhtml?year=2063");
        assertTrue(driver.getPageSource().contains("403") || driver.findElements(By.id("settingsForm:compute")).isEmpty(),
                "an officer does not reach the staff plan");
    }
}
