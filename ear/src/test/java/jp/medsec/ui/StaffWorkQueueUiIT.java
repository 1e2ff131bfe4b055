package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff's home is a work queue: each count is what the database holds, moves when the database does, shows in the menu
 * too, and opens the list it counts; in Japanese and in English.
 */
class StaffWorkQueueUiIT extends BrowserTestBase {

    private static final String DEFERRALS = "SELECT COUNT(*) FROM deferral_request WHERE state = 'SUBMITTED'";
    private static final String RENEWALS = "SELECT COUNT(*) FROM renewal_application WHERE state = 'SUBMITTED'";

    @Test
    void theCountsAreTheDatabasesAndOpenTheirLists() throws Exception {
        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workQueue")));
        assertEquals(TestDatabase.scalar("SELECT COUNT(*) FROM claim WHERE state = 'SUBMITTED'"), count("queueClaims"));
        assertEquals(TestDatabase.scalar(RENEWALS), count("queueRenewals"));
        assertEquals(TestDatabase.scalar(DEFERRALS), count("queueDeferrals"));
        assertEquals(TestDatabase.scalar("SELECT COUNT(DISTINCT holder_id) FROM certification WHERE status = 'RENEWAL_DUE'"),
                count("queueRenewalDue").replace(",", ""));
        assertEquals(TestDatabase.scalar("SELECT COUNT(*) FROM finding WHERE state IN ('OPEN', 'IN_PROGRESS') "
                + "AND due_date < '" + LocalDate.now() + "'"), count("queueFindings"));
        Browser.screenshot(driver, "11-staff-work-queue-ja");

        // One more deferral request: the count and the menu's badge move with it.
        long before = Long.parseLong(TestDatabase.scalar(DEFERRALS));
        Fixtures.Holder person = Fixtures.hitHolder();
        TestDatabase.update("INSERT INTO deferral_request (certification_id, reason, note, years_requested, state, submitted_at) "
                + "SELECT id, 'SICKNESS', '入院のため', 1, 'SUBMITTED', NOW(6) FROM certification WHERE certificate_number = '"
                + person.certificateNumber() + "'");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#queueDeferrals .ms-queue-count"), String.valueOf(before + 1)));
        long waiting = Long.parseLong(TestDatabase.scalar(RENEWALS)) + before + 1;
        assertEquals(String.valueOf(waiting), driver.findElement(By.cssSelector("#navRenewals .ms-nav-badge")).getText(),
                "the menu's badge: renewals and deferrals waiting");

        // Each count opens its list.
        driver.findElement(By.id("queueDeferrals")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("renewalsForm:deferrals"), person.fullName()));
        assertTrue(driver.getCurrentUrl().endsWith("#deferrals"), driver.getCurrentUrl());

        driver.get(WebClient.BASE + "/staff/dashboard.xhtml");
        String renewalDue = count("queueRenewalDue");
        driver.findElement(By.id("queueRenewalDue")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm:holders:statusFilter_label"), "更新期間中"));
        String report = driver.findElement(By.cssSelector("#searchForm\\:holders .ui-paginator-current")).getText();
        assertTrue(report.contains("全 " + renewalDue + " 件"), "the holder list is filtered to the renewal window: " + report);

        driver.get(WebClient.BASE + "/staff/dashboard.xhtml");
        String findings = count("queueFindings");
        driver.findElement(By.id("queueFindings")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("findingsForm:findings")));
        assertEquals(Math.min(25, Integer.parseInt(findings)), driver.findElements(
                By.cssSelector("#findingsForm\\:findings_data tr:not(.ui-datatable-empty-message)")).size());
        assertTrue(driver.findElement(By.cssSelector("#findingsForm\\:findings .ui-paginator-current")).getText()
                .contains("全 " + findings + " 件"));
        Browser.screenshot(driver, "11-staff-overdue-findings-ja");

        driver.get(WebClient.BASE + "/staff/dashboard.xhtml");
        String jobs = count("queueJobs");
        driver.findElement(By.id("queueJobs")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jobsForm:runs")));
        assertTrue(driver.findElement(By.id("jobsForm:runs")).getText().contains("確認が必要な実行"));
        assertEquals(Integer.parseInt(jobs), driver.findElements(
                By.cssSelector("#jobsForm\\:runs_data tr:not(.ui-datatable-empty-message)")).size(),
                "the jobs page lists the runs the queue counts");

        driver.get(WebClient.BASE + "/staff/dashboard.xhtml");
        String claims = count("queueClaims");
        driver.findElement(By.id("queueClaims")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimsForm:claims")));
        assertEquals(Math.min(25, Integer.parseInt(claims)), driver.findElements(
                By.cssSelector("#claimsForm\\:claims_data tr:not(.ui-datatable-empty-message)")).size());

        driver.get(WebClient.BASE + "/staff/dashboard.xhtml");
        driver.findElement(By.id("queueSentNothing")).click();
        wait.until(ExpectedConditions.urlContains("show=SENT_NOTHING"));

        // The same in English, with the same counts.
        driver.get(WebClient.BASE + "/staff/dashboard.xhtml");
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workQueueTitle"), "What needs doing"));
        assertEquals(String.valueOf(before + 1), count("queueDeferrals"));
        assertTrue(driver.findElement(By.id("queueDeferrals")).getText().contains("deferral requests to decide"));
        Browser.screenshot(driver, "11-staff-work-queue-en");
    }

    private String count(String link) {
        return driver.findElement(By.cssSelector("#" + link + " .ms-queue-count")).getText().strip();
    }
}
