package jp.medsec.certification.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jp.medsec.documents.PdfFonts;
import jp.medsec.shared.JapaneseDates;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/** The attendance certificate (受講証明書) for a chosen period, as the JMA credit portal prints one. */
public final class AttendanceCertificatePdf {

    /** One attended event or recorded activity. */
    public record Line(LocalDate day, String what, String category, int points) {
    }

    public record Facts(String holderName, String holderKana, List<String> certificateNumbers, LocalDate from, LocalDate to,
                        List<Line> lines, LocalDate issuedOn, String issuer) {
    }

    private AttendanceCertificatePdf() {
    }

    public static byte[] render(Facts facts) {
        PdfFonts fonts = PdfFonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("受講証明書 " + facts.holderName());
            document.open();
            Paragraph title = new Paragraph("受 講 証 明 書", fonts.mincho(26));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph subtitle = new Paragraph("Certificate of Attendance", fonts.gothic(11));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(24);
            document.add(subtitle);
            document.add(new Paragraph("氏名 / Name：" + facts.holderName() + "（" + facts.holderKana() + "）", fonts.mincho(14)));
            document.add(new Paragraph("認定番号 / Certificates：" + String.join("、", facts.certificateNumbers()), fonts.gothic(10)));
            Paragraph period = new Paragraph("対象期間 / Period：" + JapaneseDates.wareki(facts.from()) + "（" + facts.from()
                    + "）〜 " + JapaneseDates.wareki(facts.to()) + "（" + facts.to() + "）", fonts.gothic(10));
            period.setSpacingAfter(16);
            document.add(period);

            PdfPTable table = new PdfPTable(new float[]{18, 50, 22, 10});
            table.setWidthPercentage(100);
            for (String header : new String[]{"日付 / Date", "内容 / Activity", "区分 / Category", "ポイント"}) {
                PdfPCell cell = new PdfPCell(new Phrase(header, fonts.gothic(9)));
                cell.setGrayFill(0.9f);
                cell.setPadding(5);
                table.addCell(cell);
            }
            int total = 0;
            for (Line line : facts.lines()) {
                table.addCell(cell(line.day().toString(), fonts.gothic(9), Element.ALIGN_LEFT));
                table.addCell(cell(line.what(), fonts.mincho(10), Element.ALIGN_LEFT));
                table.addCell(cell(line.category(), fonts.gothic(9), Element.ALIGN_LEFT));
                table.addCell(cell(String.valueOf(line.points()), fonts.gothic(9), Element.ALIGN_RIGHT));
                total += line.points();
            }
            PdfPCell totalLabel = cell("合計 / Total（" + facts.lines().size() + " 件）", fonts.gothic(9), Element.ALIGN_RIGHT);
            totalLabel.setColspan(3);
            table.addCell(totalLabel);
            table.addCell(cell(String.valueOf(total), fonts.gothic(9), Element.ALIGN_RIGHT));
            document.add(table);

            Paragraph statement = new Paragraph("上記のとおり受講したことを証明します。", fonts.mincho(12));
            statement.setSpacingBefore(24);
            document.add(statement);
            Paragraph issued = new Paragraph(JapaneseDates.wareki(facts.issuedOn()) + "（" + facts.issuedOn() + "）　"
                    + facts.issuer(), fonts.mincho(12));
            issued.setAlignment(Element.ALIGN_RIGHT);
            issued.setSpacingBefore(12);
            document.add(issued);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The attendance certificate could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, com.lowagie.text.Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
