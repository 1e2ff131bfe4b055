package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Japanese: a SELF_DEFENDING hospital's officer asks the nearest LEADING hospital for a security check, whose
 * officer accepts it and may then propose the visit; staff see it on their list. An ASSISTED hospital's officer asks a
 * LEADING hospital a question, which its officer answers. Screenshots in English too.
 */
class SecurityCheckUiIT extends BrowserTestBase {

    private static String officerOf(long institutionId) throws Exception {
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institutionId + " WHERE username = '" + officer + "'");
        return officer;
    }

    private void switchTo(String username, String password) {
        driver.manage().deleteAllCookies();
        signIn(username, password);
    }

    private WebElement panel(String kindClass, String side) {
        return wait.until(d -> d.findElements(By.cssSelector(".ms-check-" + kindClass + ".ms-check-" + side)).stream()
                .findFirst().orElse(null));
    }

    @Test
    void aSecurityCheckIsAskedForAndAcceptedAndAQuestionAnswered() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long checkedId = Fixtures.institution("大分自施設防御病院" + tag).prefecture(44).tier("SELF_DEFENDING").insert();
        String checkerName = "大分指導病院" + tag;
        long checkerId = Fixtures.institution(checkerName).prefecture(44).tier("LEADING").insert();
        long assistedId = Fixtures.institution("大分支援病院" + tag).prefecture(44).tier("ASSISTED").insert();
        String checkerCode = TestDatabase.scalar("SELECT institution_code FROM institution WHERE id = " + checkerId);
        String checked = officerOf(checkedId);
        String checker = officerOf(checkerId);
        String assisted = officerOf(assistedId);

        signIn(checked, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestForm:checker")));
        choose("requestForm:checker", checkerCode, checkerName);
        driver.findElement(By.id("requestForm:requestNote")).sendKeys("電子カルテ更新前に確認してほしい");
        driver.findElement(By.id("requestForm:requestCheck")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "セキュリティチェックを依頼しました"));
        assertTrue(panel("SECURITY", "CHECKED").getText().contains("依頼中（回答待ち）"), panel("SECURITY", "CHECKED").getText());
        assertTrue(driver.findElements(By.id("requestForm:checker")).isEmpty(), "one request at a time");
        Browser.screenshot(driver, "95-security-check-requested-ja");

        switchTo(checker, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navOwnPeerChecks"))).click();
        WebElement incoming = panel("SECURITY", "CHECKER");
        assertTrue(incoming.getText().contains("電子カルテ更新前に確認してほしい"), incoming.getText());
        assertTrue(incoming.findElements(By.cssSelector("input[id$=':visitOn_input']")).isEmpty(),
                "no visit date before the check is accepted");
        incoming.findElement(By.cssSelector("textarea[id$=':answer']")).sendKeys("10月以降で調整します");
        incoming.findElement(By.cssSelector("button[id$=':accept']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "セキュリティチェックを受けました"));
        WebElement accepted = panel("SECURITY", "CHECKER");
        assertTrue(accepted.getText().contains("実施中"), accepted.getText());
        assertTrue(accepted.findElement(By.cssSelector("input[id$=':visitOn_input']")).isDisplayed(),
                "the accepted check is scheduled like a mutual check");
        assertEquals("ACCEPTED", TestDatabase.scalar("SELECT request_state FROM peer_check WHERE kind = 'SECURITY' "
                + "AND checked_id = " + checkedId));
        Browser.screenshot(driver, "95-security-check-accepted-ja");

        switchTo("staff", "medsec-staff");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navSecurityChecks"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:checks")));
        assertTrue(driver.findElement(By.id("listForm:checks")).getText().contains(checkerName));
        Browser.screenshot(driver, "96-security-checks-staff-ja");
        driver.get(WebClient.BASE + "/staff/institution.xhtml?id=" + checkerId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checks")));
        assertTrue(driver.findElement(By.id("checks")).getText().contains("セキュリティチェック"),
                "staff see the institution's checks on its page");
        Browser.screenshot(driver, "96-institution-checks-staff-ja");
        // The demo's current cycle is published with checks at every stage: the stage chart shows them.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navPeerChecks"))).click();
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.id("stageChart"))));
        Browser.screenshot(driver, "96-peer-check-stages-ja");
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stageChart"), "Checks by stage"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("stageChart")));
        Browser.screenshot(driver, "96-peer-check-stages-en");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navSecurityChecks"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:checks"), "Under way"));
        Browser.screenshot(driver, "96-security-checks-staff-en");

        switchTo(assisted, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navConsultations"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("askForm:adviser")));
        choose("askForm:adviser", checkerCode, checkerName);
        driver.findElement(By.id("askForm:subject")).sendKeys("保守用 VPN 装置の更新");
        driver.findElement(By.id("askForm:question")).sendKeys("更新時に確認すべき点を教えてください。");
        driver.findElement(By.id("askForm:ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "相談を送りました"));
        assertTrue(driver.findElement(By.id("listForm")).getText().contains("回答待ち"));

        switchTo(checker, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navConsultations"))).click();
        WebElement question = wait.until(d -> d.findElements(By.cssSelector(".ms-consultation")).stream()
                .filter(p -> p.getText().contains("保守用 VPN 装置の更新")).findFirst().orElse(null));
        question.findElement(By.tagName("textarea")).sendKeys("既定アカウントを無効化し、接続元を限定してください。");
        question.findElement(By.cssSelector("button[id$=':sendAnswer']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "回答しました"));
        Browser.screenshot(driver, "97-consultation-answered-ja");

        switchTo(assisted, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navConsultations"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm"), "既定アカウントを無効化し"));
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm"), "Answered"));
        Browser.screenshot(driver, "97-consultation-answer-read-en");
    }
}
