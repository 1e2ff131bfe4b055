package jp.medsec.personnel;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import jp.medsec.documents.PdfFonts;
import jp.medsec.documents.QrCodes;
import jp.medsec.shared.JapaneseDates;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static jp.medsec.documents.PdfText.center;
import static jp.medsec.documents.PdfText.frame;
import static jp.medsec.documents.PdfText.left;

/**
 * The completion certificate (受講修了証) of a security-personnel new course (seed 002 section 3), A4 portrait: the
 * course, the person, the modules taken (and those exempt), the day the last one was completed in both calendars,
 * and a QR code that opens the public verification page for its number.
 */
public final class CompletionCertificatePdf {

    /** A module as printed: code and Japanese title. */
    public record Module(String code, String title) {
    }

    /** What goes on the certificate. */
    public record Facts(String number, String courseJa, String courseEn, String holderName, String holderKana,
                        LocalDate completedOn, List<Module> taken, List<String> exempt, String verificationUrl,
                        LocalDate issuedOn, String issuer) {
    }

    private CompletionCertificatePdf() {
    }

    public static byte[] render(Facts facts) {
        PdfFonts fonts = PdfFonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("受講修了証 " + facts.number());
            document.addAuthor(facts.issuer());
            document.addSubject("Certificate of completion " + facts.number());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            float width = PageSize.A4.getWidth();
            float height = PageSize.A4.getHeight();

            frame(canvas, width, height, 31, 95, 58);

            center(canvas, "受 講 修 了 証", fonts.mincho(36), width / 2, height - 130);
            center(canvas, "Certificate of Completion", fonts.gothic(14), width / 2, height - 156);
            center(canvas, facts.courseJa(), fonts.mincho(20), width / 2, height - 205);
            center(canvas, facts.courseEn(), fonts.gothic(11), width / 2, height - 224);

            center(canvas, facts.holderKana(), fonts.gothic(12), width / 2, height - 275);
            center(canvas, facts.holderName() + "　殿", fonts.mincho(28), width / 2, height - 310);
            center(canvas, "あなたは上記の研修課程を修了したことを証します。", fonts.mincho(14), width / 2, height - 355);

            float labelX = 90;
            float valueX = 230;
            float y = height - 400;
            left(canvas, "修了証番号 / No.", fonts.gothic(10), labelX, y);
            left(canvas, facts.number(), fonts.mincho(13), valueX, y);
            left(canvas, "修了日 / Completed", fonts.gothic(10), labelX, y - 24);
            left(canvas, JapaneseDates.wareki(facts.completedOn()) + "（" + facts.completedOn() + "）", fonts.mincho(13),
                    valueX, y - 24);

            left(canvas, "受講科目 / Modules taken", fonts.gothic(10), labelX, y - 56);
            float line = y - 74;
            float step = facts.taken().size() > 10 ? 13 : 16;
            for (Module module : facts.taken()) {
                left(canvas, module.code() + "　" + module.title(), fonts.mincho(facts.taken().size() > 10 ? 8.5f : 10),
                        labelX + 10, line);
                line -= step;
            }
            if (!facts.exempt().isEmpty()) {
                line -= 6;
                left(canvas, "受講免除 / Exempt: " + String.join(", ", abbreviate(facts.exempt())), fonts.gothic(9),
                        labelX, line);
            }

            left(canvas, JapaneseDates.wareki(facts.issuedOn()) + "（" + facts.issuedOn() + "）発行", fonts.mincho(12), 90, 150);
            left(canvas, facts.issuer(), fonts.mincho(15), 90, 122);

            float qrSize = 100;
            QrCodes.draw(canvas, facts.verificationUrl(), width - 90 - qrSize, 95, qrSize);
            center(canvas, "真正性の確認 / Verify", fonts.gothic(8), width - 90 - qrSize / 2, 85);
            center(canvas, facts.verificationUrl(), fonts.gothic(7), width / 2, 55);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The completion certificate could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A-NEW-08, …, A-NEW-15 printed as "A-NEW-08〜A-NEW-15" where the codes run on; otherwise as they are. */
    static List<String> abbreviate(List<String> codes) {
        if (codes.size() < 3) {
            return codes;
        }
        String first = codes.get(0);
        String last = codes.get(codes.size() - 1);
        String stem = first.substring(0, first.lastIndexOf('-') + 1);
        boolean run = codes.stream().allMatch(c -> c.startsWith(stem));
        for (int i = 1; run && i < codes.size(); i++) {
            run = serial(codes.get(i)) == serial(codes.get(i - 1)) + 1;
        }
        return run ? List.of(first + "〜" + last) : codes;
    }

    private static int serial(String code) {
        try {
            return Integer.parseInt(code.substring(code.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
