package jp.medsec.meeting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import jp.medsec.documents.PdfFonts;
import jp.medsec.shared.JapaneseDates;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The participation certificate (参加証明書) of one person who attended a conference or drill. */
public final class ParticipationCertificatePdf {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ParticipationCertificatePdf() {
    }

    public static byte[] render(Registration registration, LocalDate issuedOn) {
        Meeting meeting = registration.getMeeting();
        PdfFonts fonts = PdfFonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 72, 64);
        boolean drill = meeting.getKind() == MeetingKind.DRILL;
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.addTitle("参加証明書 " + registration.getParticipantName());
            document.open();
            Paragraph title = new Paragraph("参 加 証 明 書", fonts.mincho(26));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            Paragraph subtitle = new Paragraph("Certificate of Participation", fonts.gothic(11));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingAfter(36);
            document.add(subtitle);
            document.add(new Paragraph(registration.getInstitution().getName(), fonts.mincho(14)));
            Paragraph name = new Paragraph(registration.getParticipantName() + "　様", fonts.mincho(20));
            name.setSpacingAfter(28);
            document.add(name);
            LocalDate day = meeting.getStartsAt().atZone(JAPAN).toLocalDate();
            String kindJa = drill ? "サイバー攻撃合同訓練" : "情報セキュリティ カンファレンス";
            String kindEn = drill ? "Joint cyber-attack drill" : "Security conference";
            for (String line : new String[]{
                    "種別 / Kind：" + kindJa + "（" + kindEn + "）",
                    "名称 / Title：" + meeting.getTitle(),
                    "主催 / Organiser：" + meeting.getOrganiser(),
                    "日時 / Date：" + JapaneseDates.wareki(day) + "（" + day + "）"
                            + TIME.format(meeting.getStartsAt().atZone(JAPAN)) + "〜"
                            + TIME.format(meeting.getEndsAt().atZone(JAPAN)),
                    "場所 / Place：" + (meeting.getPlace() != null ? meeting.getPlace() : "オンライン / online")}) {
                Paragraph paragraph = new Paragraph(line, fonts.gothic(11));
                paragraph.setSpacingAfter(6);
                document.add(paragraph);
            }
            Paragraph statement = new Paragraph("あなたは上記に参加したことを証明します。", fonts.mincho(13));
            statement.setSpacingBefore(30);
            document.add(statement);
            document.add(new Paragraph("This certifies that the person named above took part in the " + kindEn.toLowerCase()
                    + " above.", fonts.gothic(9)));
            Paragraph issued = new Paragraph(JapaneseDates.wareki(issuedOn) + "（" + issuedOn + "）\n"
                    + meeting.getOrganiser(), fonts.mincho(13));
            issued.setAlignment(Element.ALIGN_RIGHT);
            issued.setSpacingBefore(36);
            document.add(issued);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The participation certificate could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
