package jp.medsec.notification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTemplatesTest {

    @Test
    void aTemplateFillsSubjectAndBodyWithTheArgumentsAsWritten() {
        MailTemplates.Mail mail = MailTemplates.render("vendorLink", "東京中央病院", "令和8年度版 チェックリスト", "保守 太郎",
                LocalDate.of(2027, 1, 15), "https://medsec.example.jp/vendor.xhtml?t=abc");
        assertEquals("【東京中央病院】令和8年度版 チェックリスト ご回答のお願い", mail.subject());
        assertTrue(mail.body().startsWith("保守 太郎 様\n\n東京中央病院 より、"), mail.body());
        assertTrue(mail.body().contains("有効期限 2027-01-15）。\n\nhttps://medsec.example.jp/vendor.xhtml?t=abc\n"), mail.body());
    }

    @Test
    void numbersAreNotGroupedByLocale() {
        assertEquals("・ポイント：あと 1200 ポイント（取得 3 / 必要 50）\n",
                MailTemplates.text("renewalReminder.points", 1200, 3, 50));
    }
}
