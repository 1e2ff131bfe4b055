package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Japanese: the checking hospital's officer proposes the site-visit date, the checked hospital's officer confirms. */
class PeerCheckVisitUiIT extends BrowserTestBase {

    private WebElement panel(int year, String side) {
        return wait.until(d -> d.findElements(By.cssSelector(".ms-check-" + side)).stream()
                .filter(p -> p.getText().startsWith(year + " ·")).findFirst().orElse(null));
    }

    private static String officerOf(String institutionId) throws Exception {
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + officer + "'");
        return officer;
    }

    @Test
    void theCheckerProposesAVisitAndTheCheckedConfirmsIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int year = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) + 2;
        assertEquals(200, new WebClient().send("POST", "/api/v1/peer-checks/" + year + "/plan", "application/json", "",
                "Authorization", WebClient.basic("staff", "medsec-staff")).statusCode());
        TestDatabase.update("UPDATE peer_check_cycle SET status = 'PUBLISHED', published_at = NOW() WHERE fiscal_year = " + year);
        String where = " FROM peer_check p JOIN peer_check_cycle c ON c.id = p.cycle_id WHERE c.fiscal_year = " + year
                + " ORDER BY p.id LIMIT 1";
        String checkId = TestDatabase.scalar("SELECT p.id" + where);
        String checker = officerOf(TestDatabase.scalar("SELECT p.checker_id" + where));
        String checked = officerOf(TestDatabase.scalar("SELECT p.checked_id" + where));
        LocalDate visit = today.plusDays(45);

        signIn(checker, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks"))).click();
        WebElement mine = panel(year, "CHECKER");
        mine.findElement(By.cssSelector("input[id$=':visitOn_input']")).sendKeys(visit.toString());
        mine.findElement(By.cssSelector("button[id$=':propose']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "訪問日を提案しました"));
        assertTrue(panel(year, "CHECKER").getText().contains("自施設の提案、相手の確認待ち"));
        assertTrue(panel(year, "CHECKER").getText().contains(visit.minusDays(30) + "（仮）"), "the document request, tentative");
        Browser.screenshot(driver, "92-peer-check-proposed-ja");

        driver.manage().deleteAllCookies();
        signIn(checked, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks"))).click();
        WebElement theirs = panel(year, "CHECKED");
        assertTrue(theirs.getText().contains("相手の提案、確認してください"), theirs.getText());
        theirs.findElement(By.cssSelector("button[id$=':confirm']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "訪問日を確定しました。"));
        assertTrue(panel(year, "CHECKED").getText().contains("訪問日確定 " + visit), panel(year, "CHECKED").getText());
        assertEquals(visit.toString(), TestDatabase.scalar("SELECT visit_on FROM peer_check WHERE id = " + checkId));
        assertEquals("2", TestDatabase.scalar("SELECT sequence FROM peer_check WHERE id = " + checkId));
        Browser.screenshot(driver, "92-peer-check-confirmed-ja");
        english();
        wait.until(d -> panel(year, "CHECKED").getText().contains("Visit confirmed"));
        Browser.screenshot(driver, "92-peer-check-confirmed-en");

        // The confirmed check is carried out on an audit of the checked hospital, opened from the check.
        panel(year, "CHECKED").findElement(By.cssSelector("a[id$=':audit']")).click();
        wait.until(ExpectedConditions.titleContains("Audit"));
        assertTrue(driver.getPageSource().contains(year + "年度 相互チェック"), "the check's audit opens");
        Browser.screenshot(driver, "92-peer-check-audit-en");
    }
}
