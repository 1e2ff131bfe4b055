package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff register a hospital and give it an officer account; the officer signs in, sees the recommended tier, records
 * the security organisation (a CISO by certificate number, a department) and sees what the system judges of it. The
 * CISO counts, and shows by name, only once confirmed: here staff confirm on the person's behalf.
 */
class InstitutionRegistryUiIT extends BrowserTestBase {

    @Test
    void staffRegisterAHospitalAndItsOfficerRecordsTheSecurityOrganisation() throws Exception {
        String name = "登録試験病院 " + System.nanoTime() % 100000;
        String officer = "officer-" + System.nanoTime() % 100000;
        String ciso = TestDatabase.scalar("SELECT c.certificate_number FROM certification c JOIN personnel_profile p ON "
                + "p.holder_id = c.holder_id WHERE c.type = 'SENIOR_HIT' AND c.status = 'ACTIVE' AND p.computed_group = 'A' "
                + "AND c.holder_id > 6 ORDER BY c.id LIMIT 1");
        String cisoName = TestDatabase.scalar("SELECT CONCAT(h.family_name, ' ', h.given_name) FROM holder h JOIN certification c "
                + "ON c.holder_id = h.id WHERE c.certificate_number = '" + ciso + "'");

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navInstitutions"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:name"))).sendKeys(name);
        new Select(driver.findElement(By.id("registerForm:prefecture"))).selectByValue("26");
        driver.findElement(By.id("registerForm:municipality")).sendKeys("京都市");
        driver.findElement(By.id("registerForm:beds_input")).sendKeys("450");
        new Select(driver.findElement(By.id("registerForm:newTier"))).selectByValue("SELF_DEFENDING");
        // A code of another prefecture is refused, naming both codes; the form keeps what was typed.
        driver.findElement(By.id("registerForm:code")).sendKeys("1311234567");
        driver.findElement(By.id("registerForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerForm:messages"), "都道府県のコード 26"));
        String code = String.format("261%07d", System.nanoTime() % 10_000_000);
        driver.findElement(By.id("registerForm:code")).clear();
        driver.findElement(By.id("registerForm:code")).sendKeys(code);
        driver.findElement(By.id("registerForm:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionName"), name));
        assertTrue(driver.findElement(By.id("institutionCode")).getText().equals(code));
        assertTrue(driver.findElement(By.id("recommendedTier")).getText().contains("400床以上"));

        driver.findElement(By.id("institutionForm:officerUsername")).sendKeys(officer);
        driver.findElement(By.id("institutionForm:officerName")).sendKeys("情報システム部 担当");
        driver.findElement(By.id("institutionForm:officerPassword")).sendKeys("initial-pass-2026");
        driver.findElement(By.id("institutionForm:createOfficer")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionForm:messages"), officer));

        driver.manage().deleteAllCookies();
        signIn(officer, "initial-pass-2026");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionName"), name));
        WebElement groupB = driver.findElement(By.id("judge-CISO_OR_ASSISTANT_GROUP_B"));
        assertTrue(groupB.getText().contains("未充足"), groupB.getText());

        driver.findElement(By.id("institutionForm:number")).sendKeys(ciso);
        driver.findElement(By.id("institutionForm:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionForm:messages"), "本人に確認を依頼しました"));
        String placements = driver.findElement(By.id("institutionForm:placements")).getText();
        assertTrue(placements.contains(ciso) && placements.contains("確認待ち"), placements);
        assertTrue(!placements.contains(cisoName), "no name before the person confirms: " + placements);
        assertTrue(driver.findElement(By.id("judge-CISO_OR_ASSISTANT_GROUP_B")).getText().contains("未充足"),
                "an unconfirmed CISO does not count");
        Browser.screenshot(driver, "74-institution-placement-pending-ja");

        driver.manage().deleteAllCookies();
        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navInstitutions")));
        driver.get(jp.medsec.it.WebClient.BASE + "/staff/institution.xhtml?id="
                + TestDatabase.scalar("SELECT id FROM institution WHERE name = '" + name + "'"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("institutionForm:placements:0:confirmOnBehalf"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionForm:messages"), "本人に代わって確認しました"));

        driver.manage().deleteAllCookies();
        signIn(officer, "initial-pass-2026");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("institutionName"), name));
        assertTrue(driver.findElement(By.id("institutionForm:placements")).getText().contains(cisoName));
        assertTrue(!driver.findElement(By.id("judge-CISO_OR_ASSISTANT_GROUP_B")).getText().contains("未充足"),
                "the confirmed CISO counts");
        driver.findElement(By.id("institutionForm:departmentName")).sendKeys("放射線部");
        driver.findElement(By.id("institutionForm:addDepartment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("departments"), "放射線部"));
        assertTrue(driver.findElement(By.id("judge-GROUP_C_IN_DEPARTMENTS")).getText().contains("未充足"),
                "a department without a Group C person");
        Browser.screenshot(driver, "74-institution-organisation-ja");
        english();
        assertTrue(driver.findElement(By.id("judge-GROUP_C_IN_DEPARTMENTS")).getText().contains("Not met"));
        Browser.screenshot(driver, "74-institution-organisation-en");

        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM security_role r JOIN institution i ON i.id = r.institution_id "
                + "WHERE i.name = '" + name + "' AND r.role = 'CISO' AND r.consent = 'CONFIRMED' AND r.consent_by = 'staff'"));
        assertTrue(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM security_role_aud a JOIN institution i ON "
                + "i.id = a.institution_id WHERE i.name = '" + name + "'")) >= 1, "the placement is in the history");
    }
}
