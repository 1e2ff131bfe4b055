package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A holder and an institution officer sign in and land on their own pages, with only their own menu. */
class RoleHomePagesUiIT extends BrowserTestBase {

    @Test
    void theHolderSeesTheirOwnCertifications() throws Exception {
        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        String name = TestDatabase.scalar("SELECT h.family_name FROM holder h JOIN user_account a ON a.holder_id = h.id "
                + "WHERE a.username = 'holder'");
        assertTrue(driver.findElement(By.id("greeting")).getText().contains(name));
        assertTrue(driver.getPageSource().contains("上級医療情報技師"));
        // Other tests may have added points (claims); what is missing is whatever the ledger leaves short of 50.
        String missing = TestDatabase.scalar("SELECT 50 - COALESCE(SUM(p.points), 0) FROM point_entry p JOIN certification c "
                + "ON c.holder_id = p.holder_id AND c.type = 'HIT' JOIN user_account a ON a.holder_id = c.holder_id "
                + "WHERE a.username = 'holder' AND p.earned_on BETWEEN c.valid_from AND c.valid_until");
        assertTrue(driver.getPageSource().contains("あと " + missing + " ポイントが必要です"), "the transcript says what is missing");
        assertTrue(driver.getPageSource().contains("生涯研修セミナー（またはそのe-Learning）の受講が必要です"));
        assertTrue(driver.findElements(By.id("navHolders")).isEmpty(), "no staff menu");
        // What to do by when: the same figures, nearest deadline first, each opening the part where it is done.
        String tasks = driver.findElement(By.id("tasks")).getText();
        assertTrue(tasks.contains("あと " + missing + " ポイントを"), tasks);
        assertTrue(tasks.contains("生涯研修セミナー（またはそのe-Learning）を"), tasks);
        String waiting = TestDatabase.scalar("SELECT COUNT(*) FROM claim c JOIN user_account a ON a.holder_id = c.holder_id "
                + "WHERE a.username = 'holder' AND c.state = 'SUBMITTED'");
        assertEquals(!"0".equals(waiting), tasks.contains("ポイントの申請 " + waiting + " 件"), tasks);
        assertTrue(driver.findElements(By.id("renewForm:applyRenewal")).isEmpty()
                        && driver.findElements(By.cssSelector("button[id$=':applyRenewal']")).isEmpty(),
                "no renewal application while points are short");
        assertTrue(driver.getPageSource().contains("要件を満たすと更新を申請できます"));
        Browser.screenshot(driver, "10-holder-home-ja");
        driver.findElement(By.cssSelector("#tasks .ms-task-POINTS a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claimForm:category")));
        assertTrue(driver.findElement(By.id("countsFor")).getText().contains("HIT-"), "the claim says what it counts for");
        assertTrue(driver.findElement(By.id("ledger")).getText().contains("HIT-"), "each ledger line names what it counted for");
        Browser.screenshot(driver, "10-holder-points-ja");
        driver.findElement(By.partialLinkText("証明書・名簿")).click();

        String before = TestDatabase.scalar("SELECT directory_consent FROM holder h JOIN user_account a ON a.holder_id = h.id "
                + "WHERE a.username = 'holder'");
        By toggle = "1".equals(before) ? By.id("mineForm:withdraw") : By.id("mineForm:consent");
        wait.until(ExpectedConditions.elementToBeClickable(toggle)).click();
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mineForm:messages"), "名簿への掲載"));
        assertEquals("1".equals(before) ? "0" : "1", TestDatabase.scalar("SELECT directory_consent FROM holder h JOIN "
                + "user_account a ON a.holder_id = h.id WHERE a.username = 'holder'"));
        assertEquals("holder", TestDatabase.scalar("SELECT r.changed_by FROM holder_aud ha JOIN revinfo r ON r.id = ha.rev "
                + "JOIN user_account a ON a.holder_id = ha.id WHERE a.username = 'holder' ORDER BY ha.rev DESC LIMIT 1"),
                "the change is in the holder's history, with who made it");
        Browser.screenshot(driver, "13-holder-consent-ja");
        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "My certifications"));
        driver.findElement(By.partialLinkText("Certifications and to-do")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tasks"), "earn " + missing + " more points by"));
        Browser.screenshot(driver, "11-holder-home-en");
    }

    @Test
    void theHolderRecordsTheirSecurityProfileAndSeesTheirGroup() throws Exception {
        signIn("holder", "medsec-holder");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navPersonnel"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fromRegistry")));
        assertTrue(driver.findElement(By.id("fromRegistry")).getText().contains("上級医療情報技師"), "from the registry, by name");
        String id = driver.findElement(By.cssSelector("#personnelForm\\:declared input[value='IPA_RISS']")).getAttribute("id");
        if (!driver.findElement(By.cssSelector("#personnelForm\\:declared input[value='IPA_RISS']")).isSelected()) {
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
        if (!driver.findElement(By.id("personnelForm:guideline_input")).isSelected()) {
            driver.findElement(By.cssSelector("#personnelForm\\:guideline .ui-chkbox-box")).click();
        }
        driver.findElement(By.id("personnelForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("personnelForm:messages"), "Group A"));
        assertEquals("A", TestDatabase.scalar("SELECT p.computed_group FROM personnel_profile p JOIN user_account a "
                + "ON a.holder_id = p.holder_id WHERE a.username = 'holder'"));
        driver.executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(driver, "90-holder-personnel-ja");
    }

    @Test
    void anyoneVerifiesACertificateAndSearchesTheDirectory() throws Exception {
        String number = TestDatabase.scalar("SELECT certificate_number FROM certification WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
        driver.get(jp.medsec.it.WebClient.BASE + "/verify.xhtml?n=" + number);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdictText")));
        assertEquals(number, driver.findElement(By.id("verifiedNumber")).getText());
        Browser.screenshot(driver, "30-verify-ja");
        driver.findElement(By.id("headerForm:navDirectory")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directoryForm:entries")));
        driver.findElement(By.id("directoryForm:name")).sendKeys("さとう");
        driver.findElement(By.id("directoryForm:search")).click();
        wait.until(d -> d.findElement(By.id("directoryForm:entries")).getText().contains("サトウ"));
        Browser.screenshot(driver, "31-directory-ja");
        driver.findElement(By.id("headerForm:langEn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h1.ms-title"), "Directory"));
        Browser.screenshot(driver, "32-directory-en");
    }

    @Test
    void theOfficerSeesTheirInstitution() throws Exception {
        signIn("officer", "medsec-officer");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("institutionName")));
        String institution = TestDatabase.scalar("SELECT i.name FROM institution i JOIN user_account a "
                + "ON a.institution_id = i.id WHERE a.username = 'officer'");
        assertEquals(institution, driver.findElement(By.id("institutionName")).getText());
        assertTrue(driver.findElements(By.id("navDashboard")).isEmpty(), "no staff menu");
        Browser.screenshot(driver, "12-officer-home-ja");
        driver.findElement(By.id("headerForm:logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        driver.get(WebClient.BASE + "/institution/home.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), "signed out: " + driver.getCurrentUrl());
    }
}
