package jp.medsec.audit;

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

/**
 * The report of an audit (監査報告書), A4: the institution, the catalogue and its version, who audited and when, each
 * requirement with its status and note, the auditor's summary (総評) when written, and the findings with severity, owner, due date, state and remediation.
 */
public final class AuditReportPdf {

    public record Item(String code, String requirement, String status, String note) {
    }

    public record FindingLine(String code, String severity, String owner, LocalDate due, String state, String remediation,
                              boolean overdue) {
    }

    public record Facts(String title, String institution, String catalogue, String kind, String startedBy,
                        LocalDate startedOn, LocalDate completedOn, String summary, List<Item> items,
                        List<FindingLine> findings, LocalDate printedOn, String issuer) {
    }

    private AuditReportPdf() {
    }

    public static byte[] render(Facts facts) {
        PdfFonts fonts = PdfFonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("監査報告書 " + facts.title());
            document.open();
            Paragraph title = new Paragraph("監 査 報 告 書", fonts.mincho(22));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph subtitle = new Paragraph("Audit report — " + facts.title(), fonts.gothic(10));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(14);
            document.add(subtitle);
            document.add(new Paragraph("医療機関 / Institution：" + facts.institution(), fonts.mincho(12)));
            document.add(new Paragraph("評価基準 / Catalogue：" + facts.catalogue(), fonts.gothic(9)));
            document.add(new Paragraph("種類 / Kind：" + facts.kind() + "　実施者 / By：" + facts.startedBy(), fonts.gothic(9)));
            Paragraph dates = new Paragraph("開始 / Started：" + both(facts.startedOn()) + "　完了 / Completed："
                    + (facts.completedOn() == null ? "—（実施中）" : both(facts.completedOn())), fonts.gothic(9));
            dates.setSpacingAfter(12);
            document.add(dates);
            if (facts.summary() != null) {
                Paragraph summaryTitle = new Paragraph("総評 / Summary", fonts.gothic(11));
                summaryTitle.setSpacingAfter(4);
                document.add(summaryTitle);
                Paragraph summary = new Paragraph(facts.summary(), fonts.mincho(10));
                summary.setSpacingAfter(12);
                document.add(summary);
            }

            PdfPTable items = new PdfPTable(new float[]{9, 55, 12, 24});
            items.setWidthPercentage(100);
            header(items, fonts, "番号", "要件 / Requirement", "評価", "メモ / Note");
            for (Item item : facts.items()) {
                items.addCell(cell(item.code(), fonts.gothic(8)));
                items.addCell(cell(item.requirement(), fonts.mincho(8.5f)));
                items.addCell(cell(item.status(), fonts.gothic(8)));
                items.addCell(cell(item.note() == null ? "" : item.note(), fonts.gothic(8)));
            }
            document.add(items);

            Paragraph findingsTitle = new Paragraph("指摘事項 / Findings（" + facts.findings().size() + " 件）", fonts.gothic(11));
            findingsTitle.setSpacingBefore(14);
            findingsTitle.setSpacingAfter(6);
            document.add(findingsTitle);
            if (facts.findings().isEmpty()) {
                document.add(new Paragraph("指摘事項はありません。", fonts.mincho(10)));
            } else {
                PdfPTable findings = new PdfPTable(new float[]{9, 9, 16, 13, 15, 38});
                findings.setWidthPercentage(100);
                header(findings, fonts, "番号", "重要度", "担当", "期限", "状態", "是正の記録");
                for (FindingLine f : facts.findings()) {
                    findings.addCell(cell(f.code(), fonts.gothic(8)));
                    findings.addCell(cell(f.severity(), fonts.gothic(8)));
                    findings.addCell(cell(f.owner(), fonts.gothic(8)));
                    findings.addCell(cell(f.due() + (f.overdue() ? "（期限超過）" : ""), fonts.gothic(8)));
                    findings.addCell(cell(f.state(), fonts.gothic(8)));
                    findings.addCell(cell(f.remediation() == null ? "" : f.remediation(), fonts.mincho(8)));
                }
                document.add(findings);
            }
            Paragraph printed = new Paragraph(both(facts.printedOn()) + " 出力　" + facts.issuer(), fonts.gothic(8));
            printed.setAlignment(Element.ALIGN_RIGHT);
            printed.setSpacingBefore(14);
            document.add(printed);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The audit report could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String both(LocalDate date) {
        return JapaneseDates.wareki(date) + "（" + date + "）";
    }

    private static void header(PdfPTable table, PdfFonts fonts, String... titles) {
        for (String t : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(t, fonts.gothic(8)));
            cell.setGrayFill(0.9f);
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text, com.lowagie.text.Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        return cell;
    }
}
