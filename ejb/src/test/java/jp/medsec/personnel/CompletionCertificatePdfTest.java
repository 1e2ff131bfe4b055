package jp.medsec.personnel;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The completion certificate as its holder prints it: QR code to the verify page, modules taken, exemptions, dates. */
class CompletionCertificatePdfTest {

    static final String URL = "http://localhost:8080/verify.xhtml?n=SCA-00000007";

    static byte[] groupA() {
        List<CompletionCertificatePdf.Module> taken = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> new CompletionCertificatePdf.Module(String.format("A-NEW-%02d", i), "講習 " + i)).toList();
        List<String> exempt = IntStream.rangeClosed(8, 15).mapToObj(i -> String.format("A-NEW-%02d", i)).toList();
        return CompletionCertificatePdf.render(new CompletionCertificatePdf.Facts("SCA-00000007",
                "医療情報セキュリティ人材 Group A 人材 新規講習", "Group A new course", "佐藤 花子", "サトウ ハナコ",
                LocalDate.of(2026, 11, 10), taken, exempt, URL, LocalDate.of(2026, 11, 21), "MedSec Registry 認定事務局"));
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(groupA())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            assertEquals(URL, new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText());
        }
    }

    @Test
    void itNamesPersonCourseModulesExemptionsAndTheDayInBothCalendars() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(groupA())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replace(" ", "");
            assertTrue(text.contains("受講修了証"), text);
            assertTrue(text.contains("佐藤花子"), text);
            assertTrue(text.contains("SCA-00000007"), text);
            assertTrue(text.contains("A-NEW-07"), text);
            assertTrue(text.contains("A-NEW-08〜A-NEW-15"), "a run of exempt modules is printed as a range: " + text);
            assertTrue(text.contains("令和8年11月10日"), text);
            assertTrue(text.contains("2026-11-10"), text);
        }
    }

    @Test
    void onlyAnUnbrokenRunIsAbbreviated() {
        assertEquals(List.of("A-NEW-08〜A-NEW-10"), CompletionCertificatePdf.abbreviate(List.of("A-NEW-08", "A-NEW-09", "A-NEW-10")));
        assertEquals(List.of("A-NEW-08", "A-NEW-10", "A-NEW-11"),
                CompletionCertificatePdf.abbreviate(List.of("A-NEW-08", "A-NEW-10", "A-NEW-11")));
        assertEquals(List.of("B-NEW-01", "B-NEW-02"), CompletionCertificatePdf.abbreviate(List.of("B-NEW-01", "B-NEW-02")));
    }
}
