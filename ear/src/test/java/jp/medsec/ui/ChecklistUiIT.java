package jp.medsec.ui;

import jp.medsec.it.Fixtures;
import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officer answers this fiscal year's MHLW checklist (FY2026 since 1 April 2026, issue 9 item 13): a いいえ whose
 * target falls after the year is refused and the page keeps what the officer typed, to correct; a target inside the
 * year is saved. (VendorInvitationUiIT covers the vendor part of the same page.)
 */
class ChecklistUiIT extends BrowserTestBase {

    private WebElement patches() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.ms-check-2-2-4")));
    }

    private WebElement target() {
        return patches().findElement(By.cssSelector("input[id$=':target']"));
    }

    /** Fills a date field (the browser's own date picker) as its picker would. */
    private void type(WebElement field, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'))",
                field, isoDate);
    }

    @Test
    void aRefusedNoKeepsTheTypedTargetAndATargetInsideTheYearIsSaved() throws Exception {
        long institution = Fixtures.institution("チェックリスト回答病院").prefecture(27).beds(300)
                .tier("SELF_DEFENDING").insert();
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + institution + " WHERE username = '" + officer + "'");
        signIn(officer, "it-officer-pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("navChecklist"))).click();
        patches();
        assertEquals("MHLW-INSTITUTION-2026", new Select(driver.findElement(By.id("checklistForm:form")))
                .getFirstSelectedOption().getAttribute("value"), "this fiscal year's form is the default");

        patches().findElement(By.cssSelector("input[type=radio][value=NO]")).click();
        type(target(), "2027-04-01");
        patches().findElement(By.cssSelector("button[id$=':save']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistForm:messages"),
                "2-2-4: 対応目標日は年度末（2027-03-31）までの日付にしてください。"));
        assertEquals("2027-04-01", target().getAttribute("value"), "the refused target stays as typed");
        assertTrue(patches().findElement(By.cssSelector("input[type=radio][value=NO]")).isSelected(), "and so does the いいえ");
        Browser.screenshot(driver, "77-checklist-refused-ja");

        type(target(), "2027-01-31");
        patches().findElement(By.cssSelector("button[id$=':save']")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistForm:messages"), "2-2-4: 保存しました。"));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(driver, "77-checklist-not-saved");
            throw new AssertionError(driver.findElement(By.id("checklistForm:messages")).getText() + " / target "
                    + target().getAttribute("value"), e);
        }
        assertEquals("2027-01-31", target().getAttribute("value"));
        assertEquals("NO 2027-01-31", TestDatabase.scalar("SELECT CONCAT(a.answer, ' ', a.target_date) FROM checklist_answer a "
                + "JOIN checklist_response r ON r.id = a.response_id JOIN catalogue c ON c.id = r.catalogue_id JOIN "
                + "catalogue_item i ON i.id = a.catalogue_item_id WHERE r.institution_id = " + institution
                + " AND r.vendor_id IS NULL AND c.code = 'MHLW-INSTITUTION-2026' AND i.code = '2-2-4'"));

        // Many at once: two items answered はい without a date, one save; the precondition reads as a word, not a code.
        WebElement gate = driver.findElement(By.cssSelector("tr.ms-check-GATE"));
        assertTrue(gate.getText().startsWith("前提"), gate.getText());
        gate.findElement(By.cssSelector("input[type=radio][value=YES]")).click();
        driver.findElement(By.cssSelector("tr.ms-check-1-1 input[type=radio][value=YES]")).click();
        driver.findElement(By.id("checklistForm:saveAll")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checklistForm:messages"), "2 項目を保存しました"));
        assertEquals("2", TestDatabase.scalar("SELECT COUNT(*) FROM checklist_answer a JOIN checklist_response r ON "
                + "r.id = a.response_id JOIN catalogue_item i ON i.id = a.catalogue_item_id WHERE r.institution_id = "
                + institution + " AND r.vendor_id IS NULL AND i.code IN ('GATE', '1-1') AND a.answer = 'YES' "
                + "AND a.checked_on = '" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")) + "'"), "saved together, checked today");
        english();
        assertTrue(driver.findElement(By.cssSelector("tr.ms-check-GATE")).getText().startsWith("Precondition"));
        Browser.screenshot(driver, "77-checklist-saved-en");
    }
}
