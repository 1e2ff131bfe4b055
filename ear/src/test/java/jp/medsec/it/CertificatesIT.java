package jp.medsec.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Certificates as holders, staff and the public meet them: PDFs with a working QR code, the verification page. */
class CertificatesIT {


    private static byte[] download(WebClient web, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newBuilder().cookieHandler(web.cookies()).build()
                .send(HttpRequest.newBuilder(URI.create(WebClient.BASE + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    @Test
    void aHolderDownloadsTheirCertificateAndItsQrCodeOpensTheVerificationPage() throws Exception {
        String number = TestDatabase.scalar("SELECT c.certificate_number FROM certification c JOIN user_account a "
                + "ON a.holder_id = c.holder_id WHERE a.username = 'holder' AND c.type = 'HIT'");
        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        byte[] pdf = download(holder, "/holder/documents/certificate?n=" + number);
        String url;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains(number));
            url = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                    new PDFRenderer(document).renderImageWithDPI(0, 150))))).getText();
        }
        assertEquals(WebClient.BASE + "/verify.xhtml?n=" + number, url);
        HttpResponse<String> page = new WebClient().get(url.substring(WebClient.BASE.length()));
        assertEquals(200, page.statusCode());
        String name = TestDatabase.scalar("SELECT CONCAT(h.family_name, ' ', h.given_name) FROM holder h JOIN user_account a "
                + "ON a.holder_id = h.id WHERE a.username = 'holder'");
        assertTrue(page.body().contains(name), "the public page names the holder");
        assertTrue(page.body().contains("この認定証は有効です"));
    }

    @Test
    void nobodyGetsSomeoneElsesCertificateAndExpiredOnesAreNotPrinted() throws Exception {
        String others = TestDatabase.scalar("SELECT certificate_number FROM certification WHERE status = 'ACTIVE' AND holder_id <> "
                + "(SELECT holder_id FROM user_account WHERE username = 'holder') ORDER BY id LIMIT 1");
        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        assertEquals(404, holder.get("/holder/documents/certificate?n=" + others).statusCode());
        assertEquals(400, holder.get("/holder/documents/certificate?n=nonsense").statusCode());
        assertEquals(403, holder.get("/staff/documents/certificate?n=" + others).statusCode());
        assertEquals(302, new WebClient().get("/holder/documents/certificate?n=" + others).statusCode(), "anonymous: sign in");

        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        download(staff, "/staff/documents/certificate?n=" + others);
        String expired = TestDatabase.scalar("SELECT certificate_number FROM certification WHERE status = 'EXPIRED' ORDER BY id LIMIT 1");
        HttpResponse<String> refused = staff.get("/staff/documents/certificate?n=" + expired);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("EXPIRED"));
        assertTrue(!WebClient.showsStackTrace(refused.body()));
    }

    @Test
    void aHolderPrintsAnAttendanceCertificateForAPeriod() throws Exception {
        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        long holderId = Long.parseLong(TestDatabase.scalar("SELECT holder_id FROM user_account WHERE username = 'holder'"));
        String total = TestDatabase.scalar("SELECT COALESCE(SUM(points), 0) FROM point_entry WHERE holder_id = " + holderId
                + " AND earned_on BETWEEN '2022-04-01' AND '2026-03-31'");
        byte[] pdf = download(holder, "/holder/documents/attendance?from=2022-04-01&to=2026-03-31");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("受 講 証 明 書"), text);
            assertTrue(text.replace(" ", "").contains("合計/Total"), text);
            assertTrue(text.contains("\n" + total + "\n") || text.trim().contains(" " + total), "total " + total + " in " + text);
        }
        assertEquals(400, holder.get("/holder/documents/attendance?from=2026-13-01&to=2026-03-31").statusCode());
        assertEquals(400, holder.get("/holder/documents/attendance?from=2026-04-01&to=2026-03-31").statusCode());
        assertEquals(400, holder.get("/holder/documents/attendance?from=2000-04-01&to=2026-03-31").statusCode());
    }

    @Test
    void theVerificationPageReadsMalformedAndUnknownNumbers() throws Exception {
        WebClient web = new WebClient();
        assertTrue(web.get("/verify.xhtml?n=HIT-1").body().contains("認定番号の形式が正しくありません"));
        assertTrue(web.get("/verify.xhtml?n=ZZ-99999999").body().contains("この認定番号の認定証は登録されていません"));
        String revoked = TestDatabase.scalar("SELECT certificate_number FROM certification WHERE status = 'REVOKED' ORDER BY id LIMIT 1");
        String page = web.get("/verify.xhtml?n=" + revoked).body();
        assertTrue(page.contains("この認定証は現在有効ではありません") && page.contains("取消"), "a revoked one reads as such");
    }

    @Test
    void theDirectoryIsPublicAndShowsNothingPrivate() throws Exception {
        HttpResponse<String> page = new WebClient().get("/directory.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("資格保有者名簿"));
        assertTrue(!page.body().contains("@example.jp"), "no e-mail addresses");
    }
}
