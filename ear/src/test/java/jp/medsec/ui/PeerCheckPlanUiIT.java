package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff, in Japanese, open a cycle, compute it, pin a pair, compute again (the pin stays) and publish. */
class PeerCheckPlanUiIT extends BrowserTestBase {

    private WebElement firstPair() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='planForm:pairs_data'] tr")));
    }

    private void awaitMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    @Test
    void staffOpenComputePinAndPublishACycle() throws Exception {
        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navPeerChecks")));
        driver.get(WebClient.BASE + "/staff/peer-checks.xhtml?year=2061");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("settingsForm:openCycle"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:status"), "計画中"));
        assertTrue(driver.findElement(By.cssSelector("[id='planForm:pairs_data']")).getText().contains("まだ組合せを計算していません"));

        driver.findElement(By.id("settingsForm:compute")).click();
        awaitMessage("組合せを計算しました。");
        WebElement first = firstPair();
        String checked = first.findElements(By.tagName("td")).get(0).getText();
        String checker = first.findElements(By.tagName("td")).get(1).getText();
        first.findElement(By.cssSelector("button[id$=':pin']")).click();
        awaitMessage("組合せを固定しました。");
        wait.until(ExpectedConditions.textToBePresentInElement(firstPair(), "固定"));

        firstPair().findElement(By.cssSelector("button[id$=':why']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alternatives")));
        String reasons = driver.findElement(By.id("alternatives")).getText();
        assertTrue(reasons.contains("km"), reasons);
        Browser.screenshot(driver, "90-peer-check-plan-ja");

        driver.findElement(By.id("settingsForm:compute")).click();
        awaitMessage("組合せを計算しました。");
        assertEquals(checked, firstPair().findElements(By.tagName("td")).get(0).getText());
        assertEquals(checker, firstPair().findElements(By.tagName("td")).get(1).getText(), "the pinned pair stays");

        driver.findElement(By.id("settingsForm:publish")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:status"), "公開済み"));
        assertEquals("PUBLISHED", TestDatabase.scalar("SELECT status FROM peer_check_cycle WHERE fiscal_year = 2061"));
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM peer_check p JOIN peer_check_cycle c ON c.id = p.cycle_id "
                + "WHERE c.fiscal_year = 2061 AND p.pinned"));
        assertTrue(driver.findElements(By.id("settingsForm:compute")).isEmpty(), "a published plan is not computed again");
        assertEquals(driver.findElement(By.id("participantCount")).getText(), driver.findElement(By.id("stage-NO_DATE")).getText(),
                "a just-published plan's checks have no visit date yet");
        assertEquals("0", driver.findElement(By.id("overdueCount")).getText());
        english();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:status"), "Published"));
        Browser.screenshot(driver, "90-peer-check-plan-en");
    }
}
