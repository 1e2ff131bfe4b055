package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff import an exam passers file through the page and read the line-by-line report. */
class PassersUiIT extends BrowserTestBase {

    @Test
    void staffImportPassersAndSeeEachBadLineNamed() throws Exception {
        String exam = "UI-" + UUID.randomUUID().toString().substring(0, 8);
        int year = LocalDate.now(ZoneId.of("Asia/Tokyo")).getYear();
        Path csv = Files.createTempFile("passers", ".csv");
        Files.writeString(csv, "exam_type,pass_year,exam_number,family_name,given_name,family_name_kana,given_name_kana,"
                + "birth_date,email,prefecture,hit_number\n"
                + "HIT," + year + "," + exam + ",高橋,美咲,タカハシ,ミサキ,1992-07-07,misaki@example.jp,北海道,\n"
                + "MIIS," + year + "," + exam + "-2,,,,,,,,HIT-99999999\n", StandardCharsets.UTF_8);

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navPassers"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")))
                .sendKeys(csv.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("passersForm:messages"), "取り込みました"));
        String report = driver.findElement(By.id("passersForm:report")).getText();
        assertTrue(report.contains("登録されていない医療情報技師の認定番号です"), report);
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM exam_pass WHERE exam_number = '" + exam + "'"));
        Browser.screenshot(driver, "70-passers-ja");
    }
}
