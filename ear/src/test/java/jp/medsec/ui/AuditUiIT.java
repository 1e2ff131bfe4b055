package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An officer runs a self-assessment of their hospital, marks a requirement NOT_MET, sees the finding it opens and
 * resolves it; staff find the hospital, open the audit and verify the finding.
 */
class AuditUiIT extends BrowserTestBase {

    @Test
    void anOfficersSelfAssessmentFindingIsResolvedAndVerifiedByStaff() throws Exception {
        long institutionId = Fixtures.institution("監査画面試験病院").prefecture(14).beds(420).tier("SELF_DEFENDING")
                .set("is_department", true).set("security_committee", true).insert();
        String name = TestDatabase.scalar("SELECT name FROM institution WHERE id = " + institutionId);
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + officer + "'");

        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionName"), name));
        Browser.screenshot(driver, "70-institution-home-ja");
        driver.findElement(By.id("institutionForm:startAudit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditTitle")));
        String auditId = driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertTrue(driver.findElement(By.cssSelector(".ms-item-S-01")).getText().contains("システムの判定"),
                "the department requirement is pre-filled with the system's reason");

        // Three answers, one save: S-09 not met (a finding) and two unanswered items met.
        java.util.List<String> open = new java.util.ArrayList<>();
        for (String code : TestDatabase.scalar("SELECT GROUP_CONCAT(ci.code ORDER BY ci.sort_order) FROM audit_item ai "
                + "JOIN catalogue_item ci ON ci.id = ai.catalogue_item_id WHERE ai.audit_id = " + auditId
                + " AND ai.status IS NULL AND ci.kind = 'REQUIREMENT' AND ci.code <> 'S-09'").split(",")) {
            open.add(code);
        }
        WebElement training = driver.findElement(By.cssSelector(".ms-item-S-09"));
        new Select(training.findElement(By.tagName("select"))).selectByValue("NOT_MET");
        training.findElement(By.cssSelector("input[type=text]")).sendKeys("一部の部署で未実施");
        for (String code : open.subList(0, 2)) {
            new Select(driver.findElement(By.cssSelector(".ms-item-" + code + " select"))).selectByValue("MET");
        }
        driver.findElement(By.id("auditForm:saveAll")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "3 件の評価を保存しました"));
        for (String code : open.subList(0, 2)) {
            org.junit.jupiter.api.Assertions.assertEquals("MET", TestDatabase.scalar("SELECT ai.status FROM audit_item ai "
                    + "JOIN catalogue_item ci ON ci.id = ai.catalogue_item_id WHERE ai.audit_id = " + auditId
                    + " AND ci.code = '" + code + "'"), code);
        }
        // The score beside the progress: the requirements met, counted in the database, of those that apply.
        String met = TestDatabase.scalar("SELECT COUNT(*) FROM audit_item WHERE audit_id = " + auditId + " AND status = 'MET'");
        String applicable = TestDatabase.scalar("SELECT COUNT(*) FROM audit_item WHERE audit_id = " + auditId
                + " AND (status IS NULL OR status <> 'NOT_APPLICABLE')");
        assertTrue(driver.findElement(By.id("auditScore")).getText().startsWith("満たす要件 " + met + " / " + applicable),
                driver.findElement(By.id("auditScore")).getText());
        driver.findElement(By.id("auditForm:saveAllTop")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "変更された評価はありません"));
        WebElement finding = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.ms-finding-S-09")));
        assertTrue(finding.getText().contains("未対応"), finding.getText());
        Browser.screenshot(driver, "71-audit-finding-ja");

        // evidence: a PDF of the training record, uploaded against S-09
        java.nio.file.Path record = java.nio.file.Files.createTempFile("training-record", ".pdf");
        java.nio.file.Files.write(record, "%PDF-1.4\n% training record\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // added from the requirement's own row: the evidence form is then for S-09
        driver.findElement(By.cssSelector("tr.ms-item-S-09 button[id$=':evidenceHere']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:evidencePanel"), "S-09"));
        assertEquals("S-09", new Select(driver.findElement(By.id("auditForm:evidenceItem"))).getFirstSelectedOption().getText());
        driver.findElement(By.id("auditForm:evidenceNote")).sendKeys("2026年度 講習会 出席記録");
        driver.findElement(By.cssSelector("input[type=file][id^='auditForm:evidenceFile']")).sendKeys(record.toAbsolutePath().toString());
        driver.findElement(By.id("auditForm:addEvidence")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "根拠資料を追加しました"));
        WebElement evidence = driver.findElement(By.cssSelector(".ms-item-S-09")).findElement(By.partialLinkText("training-record"));
        assertTrue(evidence.getAttribute("href").contains("/institution/documents/audit-evidence"), evidence.getAttribute("href"));

        driver.findElement(By.cssSelector("tr.ms-finding-S-09 textarea")).sendKeys("全部署で情報セキュリティ講習会を実施した");
        driver.findElement(By.xpath("//tr[contains(@class, 'ms-finding-S-09')]//button[contains(@id, ':resolve')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "是正済みにしました"));
        assertTrue(driver.findElement(By.cssSelector("tr.ms-finding-S-09")).getText().contains("是正済み"));

        driver.manage().deleteAllCookies();
        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navInstitutions"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("institutionSearch:text"))).sendKeys(name);
        WebElement before = driver.findElement(By.id("institutionSearch:institutions_data"));
        driver.findElement(By.id("institutionSearch:search")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionName"), name));
        driver.findElement(By.xpath("//a[contains(@href, 'audit.xhtml') and contains(@href, 'id=" + auditId + "')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.ms-finding-S-09")));
        driver.findElement(By.xpath("//tr[contains(@class, 'ms-finding-S-09')]//button[contains(@id, ':verify')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "確認済みにしました"));
        assertTrue(driver.findElement(By.cssSelector("tr.ms-finding-S-09")).getText().contains("確認済み"));
        String history = driver.findElement(By.id("auditForm:history")).getText();
        assertTrue(history.contains("staff") && history.contains(officer) && history.contains("指摘 S-09"),
                "who changed what is on the page: " + history);
        Browser.screenshot(driver, "72-audit-verified-ja");
        driver.findElement(By.id("navRegions")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("regions")));
        assertTrue(!driver.findElements(By.cssSelector("tr.ms-row-warn")).isEmpty(), "a prefecture without a LEADING hospital stands out");
        Browser.screenshot(driver, "73-regions-ja");
        english();
        Browser.screenshot(driver, "73-regions-en");
        driver.get(WebClient.BASE + "/staff/audit.xhtml?id=" + auditId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.ms-finding-S-09")));
        assertTrue(driver.findElement(By.cssSelector("tr.ms-finding-S-09")).getText().contains("Verified"));
        Browser.screenshot(driver, "72-audit-verified-en");

        assertEquals("VERIFIED|staff", TestDatabase.scalar("SELECT CONCAT(f.state, '|', f.verified_by) FROM finding f JOIN "
                + "audit_item i ON i.id = f.audit_item_id JOIN catalogue_item c ON c.id = i.catalogue_item_id WHERE f.audit_id = "
                + auditId + " AND c.code = 'S-09'"));
        assertEquals("SELF_ASSESSMENT", TestDatabase.scalar("SELECT kind FROM audit WHERE id = " + auditId));
    }
}
