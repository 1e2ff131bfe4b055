package jp.medsec.certification.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate PDF as a verifier holds it: rendered, its QR code decoded, its text read. */
class CertificatePdfTest {

    static final String URL = "http://localhost:8080/verify.xhtml?n=SHI-00000042";

    static byte[] certificate() {
        return CertificatePdf.render(new CertificatePdf.Facts("SHI-00000042", "上級医療情報技師", "Senior Healthcare Information Technologist",
                "山田 太郎", "ヤマダ タロウ", LocalDate.of(2018, 11, 1), LocalDate.of(2023, 4, 1), LocalDate.of(2028, 3, 31),
                URL, LocalDate.of(2026, 11, 21), "MedSec Registry 認定事務局"));
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(certificate())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            Result decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))));
            assertEquals(URL, decoded.getText());
        }
    }

    @Test
    void theCertificateNamesHolderNumberAndValidityInBothCalendars() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(certificate())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf).replace(" ", "");
            assertTrue(text.contains("山田太郎"), text);
            assertTrue(text.contains("SHI-00000042"), text);
            assertTrue(text.contains("令和10年3月31日"), text);
            assertTrue(text.contains("2028-03-31"), text);
            assertTrue(text.contains("上級医療情報技師"), text);
        }
    }
}
