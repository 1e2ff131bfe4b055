package jp.medsec.certification.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import jp.medsec.documents.PdfFonts;
import jp.medsec.documents.QrCodes;
import jp.medsec.shared.JapaneseDates;

import static jp.medsec.documents.PdfText.center;
import static jp.medsec.documents.PdfText.frame;
import static jp.medsec.documents.PdfText.left;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

/**
 * The printed certificate (認定証), A4 portrait: the certification, the holder, the number, the period of validity in
 * both calendars, and a QR code that opens the public verification page for this number.
 */
public final class CertificatePdf {

    /** What goes on the certificate. */
    public record Facts(String number, String typeJa, String typeEn, String holderName, String holderKana,
                        LocalDate firstCertifiedOn, LocalDate validFrom, LocalDate validUntil, String verificationUrl,
                        LocalDate issuedOn, String issuer) {
    }

    private CertificatePdf() {
    }

    public static byte[] render(Facts facts) {
        PdfFonts fonts = PdfFonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(facts.typeJa() + " 認定証 " + facts.number());
            document.addAuthor(facts.issuer());
            document.addSubject("Certificate " + facts.number());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            float width = PageSize.A4.getWidth();
            float height = PageSize.A4.getHeight();

            frame(canvas, width, height, 31, 58, 95);

            center(canvas, "認　定　証", fonts.mincho(40), width / 2, height - 150);
            center(canvas, "Certificate", fonts.gothic(14), width / 2, height - 178);
            center(canvas, facts.typeJa(), fonts.mincho(24), width / 2, height - 240);
            center(canvas, facts.typeEn(), fonts.gothic(12), width / 2, height - 262);

            center(canvas, facts.holderKana(), fonts.gothic(12), width / 2, height - 330);
            center(canvas, facts.holderName() + "　殿", fonts.mincho(30), width / 2, height - 368);

            center(canvas, "あなたは" + facts.typeJa() + "として認定されたことを証します。", fonts.mincho(14), width / 2, height - 430);

            float labelX = 120;
            float valueX = 250;
            float y = height - 500;
            row(canvas, fonts, "認定番号 / No.", facts.number(), labelX, valueX, y);
            row(canvas, fonts, "初回認定日 / First certified", dates(facts.firstCertifiedOn()), labelX, valueX, y - 28);
            row(canvas, fonts, "有効期間 / Valid", dates(facts.validFrom()) + " 〜", labelX, valueX, y - 56);
            row(canvas, fonts, "", dates(facts.validUntil()), labelX, valueX, y - 78);

            left(canvas, JapaneseDates.wareki(facts.issuedOn()) + "（" + facts.issuedOn() + "）発行", fonts.mincho(12), 120, 190);
            left(canvas, facts.issuer(), fonts.mincho(16), 120, 160);

            float qrSize = 110;
            QrCodes.draw(canvas, facts.verificationUrl(), width - 120 - qrSize, 120, qrSize);
            center(canvas, "真正性の確認 / Verify", fonts.gothic(8), width - 120 - qrSize / 2, 110);
            center(canvas, facts.verificationUrl(), fonts.gothic(7), width / 2, 70);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String dates(LocalDate date) {
        return JapaneseDates.wareki(date) + "（" + date + "）";
    }

    private static void row(PdfContentByte canvas, PdfFonts fonts, String label, String value, float labelX, float valueX, float y) {
        left(canvas, label, fonts.gothic(10), labelX, y);
        left(canvas, value, fonts.mincho(14), valueX, y);
    }

}
