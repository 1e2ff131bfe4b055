package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: the checking hospital's officer proposes the site-visit date, the checked hospital's officer confirms;
 * the checked hospital uploads a document, the checker rates the item NOT_MET, the finding is resolved by the checked
 * hospital and verified by the checker.
 */
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

        // The check is carried out on an audit of the checked hospital, opened from the check: the checked hospital
        // supplies the requested documents item by item.
        panel(year, "CHECKED").findElement(By.cssSelector("a[id$=':audit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditTitle")));
        assertTrue(driver.getPageSource().contains(year + "年度 相互チェック"), "the check's audit opens");
        String auditPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        WebElement firstItem = driver.findElement(By.cssSelector("#auditForm\\:items_data tr"));
        String code = firstItem.findElement(By.tagName("td")).getText().strip();
        assertTrue(firstItem.findElements(By.tagName("select")).isEmpty(), "the checked hospital does not rate itself");
        java.nio.file.Path rules = java.nio.file.Files.createTempFile("security-rules", ".pdf");
        java.nio.file.Files.write(rules, "%PDF-1.4\n% rules\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        new Select(driver.findElement(By.id("auditForm:evidenceItem"))).selectByVisibleText(code);
        driver.findElement(By.id("auditForm:evidenceNote")).sendKeys("情報セキュリティ規程（2026年改定）");
        driver.findElement(By.cssSelector("input[type=file][id^='auditForm:evidenceFile']")).sendKeys(rules.toAbsolutePath().toString());
        driver.findElement(By.id("auditForm:addEvidence")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "根拠資料を追加しました"));
        assertTrue(item(code).findElement(By.partialLinkText("security-rules")).isDisplayed());

        // The checking hospital reads the document and rates the item NOT_MET: a finding opens.
        switchTo(checker);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks"))).click();
        panel(year, "CHECKER").findElement(By.cssSelector("a[id$=':audit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditTitle")));
        assertTrue(item(code).findElement(By.partialLinkText("security-rules")).isDisplayed(), "the checker sees the document");
        new Select(item(code).findElement(By.tagName("select"))).selectByValue("NOT_MET");
        item(code).findElement(By.cssSelector("input[type=text]")).sendKeys("規程に委託先管理の定めがない");
        driver.findElement(By.id("auditForm:saveAll")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "1 件の評価を保存しました"));
        assertTrue(finding(code).getText().contains("未対応"), finding(code).getText());
        assertTrue(finding(code).findElements(By.cssSelector("button[id$=':verify']")).isEmpty(), "nothing to verify yet");
        Browser.screenshot(driver, "93-peer-check-finding-ja");

        // The finding reaches the checked hospital, which resolves it; it cannot verify its own finding.
        switchTo(checked);
        driver.get(WebClient.BASE + auditPath);
        finding(code).findElement(By.tagName("textarea")).sendKeys("委託先管理の条項を追加し、理事会で承認した");
        finding(code).findElement(By.cssSelector("button[id$=':resolve']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "是正済みにしました"));
        assertTrue(finding(code).getText().contains("是正済み"), finding(code).getText());
        assertTrue(finding(code).findElements(By.cssSelector("button[id$=':verify']")).isEmpty(),
                "the checked hospital never verifies its own finding");

        // The checker verifies the remediation and writes the report's summary.
        switchTo(checker);
        driver.get(WebClient.BASE + auditPath);
        finding(code).findElement(By.cssSelector("button[id$=':verify']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "確認済みにしました"));
        assertTrue(finding(code).getText().contains("確認済み"), finding(code).getText());
        driver.findElement(By.id("auditForm:summary")).sendKeys("全体として適切に運用されている。委託先管理の規程を整えた。");
        driver.findElement(By.id("auditForm:saveSummary")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "総評を保存しました"));
        Browser.screenshot(driver, "93-peer-check-verified-ja");
        assertEquals("VERIFIED|" + checker, TestDatabase.scalar("SELECT CONCAT(f.state, '|', f.verified_by) FROM finding f "
                + "JOIN audit_item i ON i.id = f.audit_item_id JOIN catalogue_item c ON c.id = i.catalogue_item_id "
                + "WHERE f.audit_id = (SELECT audit_id FROM peer_check WHERE id = " + checkId + ") AND c.code = '" + code + "'"),
                "at " + auditPath);
        english();
        wait.until(d -> finding(code).getText().contains("Verified"));
        Browser.screenshot(driver, "93-peer-check-verified-en");
    }

    private void switchTo(String officer) {
        driver.manage().deleteAllCookies();
        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks")));
    }

    private WebElement item(String code) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.ms-item-" + code)));
    }

    private WebElement finding(String code) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.ms-finding-" + code)));
    }
}
