package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.Jobs;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11's flow in the browser, in Japanese: the officer uploads a CP932 roster and a records file with two bad lines
 * and sees them named; staff start the training-compliance job; the officer sees the rate and who is missing by
 * department, downloads who is missing, and finds the audit's training item pre-filled with the figures. Then the
 * page in English.
 */
class TrainingUiIT extends BrowserTestBase {

    @Test
    void anOfficerSendsTheRosterAndRecordsAndReadsTheFiguresTheJobComputed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        LocalDate april = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 4, 1);
        long institutionId = Fixtures.institution("研修画面試験病院").prefecture(26).beds(380).tier("SELF_DEFENDING").insert();
        String code = TestDatabase.scalar("SELECT institution_code FROM institution WHERE id = " + institutionId);
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + officer + "'");

        // the roster as a spreadsheet saves it: Shift_JIS (CP932), CRLF, Japanese headers, a quoted department
        Path roster = Files.createTempFile("roster", ".csv");
        Files.writeString(roster, "職員番号,氏名,フリガナ,部署,職種,入職日,退職日\r\n"
                + "N-001,髙橋 美咲,タカハシ ミサキ,看護部,看護師,2018-04-01,\r\n"
                + "N-002,山﨑 健太,ヤマサキ ケンタ,看護部,看護師,2020/4/1,\r\n"
                + "M-001,佐藤 一郎,サトウ イチロウ,\"医事課, 外来\",事務,2015-04-01,\r\n"
                + "M-002,鈴木 花子,スズキ ハナコ,\"医事課, 外来\",事務,2016-04-01,\r\n"
                + "M-003,田中 誠,タナカ マコト,\"医事課, 外来\",事務,2010-04-01," + april.plusDays(10) + "\r\n",
                Charset.forName("windows-31j"));
        // the records: UTF-8 with a BOM; M-002 only on e-learning (not enough for SELF_DEFENDING); two bad lines
        Path records = Files.createTempFile("records", ".csv");
        String lecture = april.plusMonths(2).toString();
        Files.writeString(records, "\uFEFF医療機関コード,職員番号,受講日,形式,研修名,提供者\n"
                + code + ",N-001," + lecture + ",講習会,情報セキュリティ講習会,情報システム部\n"
                + code + ",N-002," + lecture + ",講習会,情報セキュリティ講習会,情報システム部\n"
                + code + ",M-001," + lecture + ",講習会,情報セキュリティ講習会,情報システム部\n"
                + code + ",M-002," + lecture + ",eラーニング,標的型メール対策,\n"
                + code + ",X-999," + lecture + ",講習会,情報セキュリティ講習会,\n"
                + code + ",N-001,2026-02-30,講習会,情報セキュリティ講習会,\n", StandardCharsets.UTF_8);

        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navTraining"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complianceForm:noResult")));
        driver.findElement(By.cssSelector("input[type=file][id^='rosterForm:rosterCsv']")).sendKeys(roster.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), roster.getFileName() + "」を取り込みました"));
        String rosterReport = driver.findElement(By.id("rosterForm:report")).getText();
        assertTrue(rosterReport.contains("新規・更新 5") && rosterReport.contains("エラー 0"), rosterReport);
        assertEquals("5", TestDatabase.scalar("SELECT COUNT(*) FROM staff_member WHERE institution_id = " + institutionId));
        assertEquals("髙橋 美咲", TestDatabase.scalar("SELECT name FROM staff_member WHERE institution_id = " + institutionId
                + " AND staff_number = 'N-001'"), "CP932's own characters (髙, 﨑) arrive intact");

        driver.findElement(By.cssSelector("input[type=file][id^='recordsForm:recordsCsv']")).sendKeys(records.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), records.getFileName() + "」を取り込みました"));
        String recordsReport = driver.findElement(By.id("recordsForm:report")).getText();
        assertTrue(recordsReport.contains("新規 4 件") || recordsReport.contains("新規・更新 4"), recordsReport);
        assertTrue(recordsReport.contains("その医療機関の職員名簿にない職員番号です") && recordsReport.contains("X-999"), recordsReport);
        assertTrue(recordsReport.contains("日付が読み取れません：2026-02-30") && recordsReport.contains("受講日"),
                "the bad line, its column in Japanese and the reason: " + recordsReport);
        assertTrue(recordsReport.contains("6") && recordsReport.contains("7"), "lines 6 and 7 named: " + recordsReport);
        Browser.screenshot(driver, "100-training-uploads-ja");

        // the roster, searched and filtered by department
        WebElement staffTable = driver.findElement(By.id("staffForm:staff_data"));
        assertTrue(staffTable.getText().contains("山﨑 健太") && !staffTable.getText().contains("田中 誠"),
                "the leaver is hidden by default: " + staffTable.getText());
        org.openqa.selenium.support.ui.Select department = new org.openqa.selenium.support.ui.Select(
                driver.findElement(By.id("staffForm:department")));
        department.selectByVisibleText("医事課, 外来");
        driver.findElement(By.cssSelector("#staffForm\\:leavers .ui-chkbox-box")).click();
        driver.findElement(By.id("staffForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(staffTable));
        String filtered = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staffForm:staff_data"))).getText();
        assertTrue(filtered.contains("田中 誠") && filtered.contains("退職") && !filtered.contains("髙橋"), filtered);

        // staff start the job (as their tool does); the officer reloads the page
        assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("training-compliance")).getString("batchStatus"));
        driver.navigate().refresh();
        assertEquals("75%", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rate"))).getText()
                .strip(), "3 of the 4 employed staff attended a lecture");
        assertEquals("4", driver.findElement(By.id("inScope")).getText().strip());
        java.util.regex.Matcher computed = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .matcher(driver.findElement(By.id("asOf")).getText());
        assertTrue(computed.find(), driver.findElement(By.id("asOf")).getText());
        java.time.LocalDateTime shown = java.time.LocalDateTime.parse(computed.group().replace(' ', 'T'));
        assertTrue(java.time.Duration.between(shown, java.time.LocalDateTime.now(ZoneId.of("Asia/Tokyo"))).abs().toMinutes() < 5,
                "the time computed is shown in Japan's time: " + shown);
        String departments = driver.findElement(By.id("complianceForm:byDepartment")).getText();
        assertTrue(departments.contains("医事課, 外来") && !departments.contains("看護部"), departments);
        driver.findElement(By.linkText("医事課, 外来")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("complianceForm:missingPanel"), "未受講の職員：医事課, 外来"));
        assertTrue(driver.findElement(By.id("complianceForm:missing_data")).getText().contains("鈴木 花子"));
        java.util.List<String> consoleErrors = Browser.consoleErrors(driver);
        assertTrue(consoleErrors.stream().noneMatch(e -> e.contains("Content Security Policy") || e.contains("Uncaught")),
                "the trend chart runs under the CSP: " + consoleErrors);
        Browser.screenshot(driver, "101-training-compliance-ja");

        // the CSV of who is missing, with the session's cookie
        String href = driver.findElement(By.id("complianceForm:missingCsv")).getAttribute("href");
        String cookie = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = new WebClient().get(href.substring(href.indexOf("/institution/")), "Cookie", cookie);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("\uFEFF職員番号,氏名,部署\r\nM-002,鈴木 花子,\"医事課, 外来\"\r\n", csv.body());
        String otherResult = TestDatabase.scalar("SELECT MAX(id) FROM training_compliance WHERE institution_id <> " + institutionId);
        assertEquals(404, new WebClient().get("/institution/documents/training-missing?id=" + otherResult, "Cookie", cookie)
                .statusCode(), "another institution's figures are not found");
        // the staff list as the page filters it, leavers included: every one of the institution's staff, its own only
        HttpResponse<String> staffList = new WebClient().get("/institution/documents/staff.csv?leavers=true", "Cookie", cookie);
        assertEquals(200, staffList.statusCode());
        assertTrue(staffList.body().startsWith("\uFEFF職員番号,氏名,氏名カナ,部署,職種,採用日,退職日,最近の研修受講日\r\n"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM staff_member WHERE institution_id = " + institutionId)),
                org.apache.commons.csv.CSVFormat.EXCEL.parse(new java.io.StringReader(staffList.body())).getRecords().size() - 1L);
        assertTrue(staffList.body().contains("鈴木 花子"));

        // the self-assessment's training requirement is pre-filled from the figures
        driver.findElement(By.id("navInstitution")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("institutionForm:startAudit"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditTitle")));
        String item = driver.findElement(By.cssSelector(".ms-item-S-09")).getText();
        assertTrue(item.contains("対象職員 4 名のうち 3 名が受講（75%）、未受講 1 名"), item);
        Browser.screenshot(driver, "102-training-audit-prefill-ja");

        driver.findElement(By.id("navTraining")).click();
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Rate trained"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Staff not trained, by department"));
        Browser.screenshot(driver, "103-training-compliance-en");
    }
}
