package jp.medsec.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonObject;
import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person who has two of Group C's three mandatory modules attends the seminar covering the third (checked in at
 * reception by staff), and can at once download a completion certificate whose QR code opens the public page that
 * confirms it; nobody else can download it.
 */
class CompletionCertificateUiIT extends BrowserTestBase {

    @Test
    void completingTheLastRequiredModuleThroughAttendanceEarnsAValidCompletionCertificate() throws Exception {
        jp.medsec.it.Fixtures.Holder fixture = jp.medsec.it.Fixtures.hitHolder();
        String[] person = {String.valueOf(fixture.id()), fixture.certificateNumber(), fixture.fullName()};
        long holderId = fixture.id();
        String username = TestDatabase.newAccount("HOLDER", "it-holder-pass");
        TestDatabase.update("UPDATE user_account SET holder_id = " + holderId + " WHERE username = '" + username + "'");
        TestDatabase.update("INSERT INTO module_completion (holder_id, module_code, completed_on) VALUES (" + holderId
                + ", 'C-MANDATORY-1', '2026-06-01'), (" + holderId + ", 'C-MANDATORY-2', '2026-07-01')");
        long eventId = TestDatabase.update("INSERT INTO event (title, kind, organiser, starts_on, ends_on, points, "
                + "point_category, mandatory_seminar) VALUES ('Group C 必須プログラム 第3回', 'SEMINAR', '医療情報技師育成部会', "
                + "'2026-11-10', '2026-11-10', 0, 'EVENT', FALSE)");
        TestDatabase.update("INSERT INTO event_module (event_id, module_code) VALUES (" + eventId + ", 'C-MANDATORY-3')");

        signIn("staff", "medsec-staff");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navEvents")));
        driver.get(WebClient.BASE + "/staff/checkin.xhtml?event=" + eventId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkinForm:scanned"))).sendKeys(person[1], Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkinForm:result"), "出席を記録しました"));
        String number = TestDatabase.scalar("SELECT number FROM completion_certificate WHERE group_code = 'C' AND holder_id = "
                + holderId);
        assertTrue(number.matches("SCC-\\d{8}"), number);
        assertEquals("2026-11-10", TestDatabase.scalar("SELECT completed_on FROM completion_certificate WHERE number = '"
                + number + "'"), "completed on the day of the last module");

        driver.manage().deleteAllCookies();
        signIn(username, "it-holder-pass");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("headerForm:currentUser")));
        driver.get(WebClient.BASE + "/holder/personnel.xhtml");
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completionPdfC"))).getAttribute("href");
        assertTrue(driver.findElement(By.id("completions")).getText().contains(number));
        Browser.screenshot(driver, "60-holder-completion-certificate-ja");

        WebClient holder = new WebClient();
        holder.signIn(username, "it-holder-pass");
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().cookieHandler(holder.cookies()).build()
                .send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String url;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace(" ", "");
            assertTrue(text.contains("受講修了証"), text);
            assertTrue(text.contains(number), text);
            assertTrue(text.contains(person[2].replace(" ", "")), text);
            assertTrue(text.contains("C-MANDATORY-3"), text);
            url = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                    new PDFRenderer(document).renderImageWithDPI(0, 150))))).getText();
        }
        assertEquals(WebClient.BASE + "/verify.xhtml?n=" + number, url);

        driver.manage().deleteAllCookies();
        driver.get(url);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdictText"), "有効"));
        assertEquals(person[2], driver.findElement(By.id("verifiedName")).getText());
        assertTrue(driver.findElement(By.id("verifiedCourse")).getText().contains("Group C"));
        Browser.screenshot(driver, "61-verify-completion-ja");
        english();
        driver.get(url); // the page reads its number from the address
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verifiedCourse")));
        assertTrue(driver.findElement(By.id("verifiedCourse")).getText().contains("Group C personnel new course"));
        Browser.screenshot(driver, "61-verify-completion-en");

        JsonObject api = WebClient.json(new WebClient().get("/api/v1/completion-certificates/" + number));
        assertEquals(person[2], api.getString("holderName"));
        assertEquals("C", api.getString("group"));
        assertEquals(404, new WebClient().get("/api/v1/completion-certificates/SCC-99999999").statusCode());
        assertEquals(400, new WebClient().get("/api/v1/completion-certificates/nonsense").statusCode());

        WebClient other = new WebClient();
        other.signIn("holder", "medsec-holder");
        assertEquals(404, other.get("/holder/documents/completion?n=" + number).statusCode(), "someone else's: unknown");
        assertEquals(403, other.get("/staff/documents/completion?n=" + number).statusCode());
        assertEquals(302, new WebClient().get("/holder/documents/completion?n=" + number).statusCode(), "anonymous: sign in");
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        assertEquals(200, staff.get("/staff/documents/completion?n=" + number).statusCode());
    }
}
