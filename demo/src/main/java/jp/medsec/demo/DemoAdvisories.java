package jp.medsec.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Security advisories: one published ten days ago to every institution and acknowledged by about half of them (not by
 * the demo officer's hospital), and a critical one of two days ago to LEADING and SELF_DEFENDING hospitals.
 */
final class DemoAdvisories {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LocalDate today;

    DemoAdvisories(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        long older = advisory(c, "HIGH", "VPN 装置の脆弱性を悪用した侵入への注意",
                "Intrusions exploiting a VPN appliance vulnerability",
                "複数の医療機関で、保守用 VPN 装置の既知の脆弱性を悪用した侵入が確認されています。装置のファームウェアを最新に"
                        + "更新し、管理画面をインターネットに公開していないこと、既定のアカウントが無効であることを確認してください。",
                "Intrusions exploiting a known vulnerability of maintenance VPN appliances have been seen at several "
                        + "hospitals. Update the firmware, keep the management interface off the internet and make sure "
                        + "the default accounts are disabled.",
                "保守用 VPN 装置（複数社）", "https://www.example.jp/ceptoar/2026-vpn", 10);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO advisory_acknowledgement (advisory_id, institution_id, acknowledged_by, "
                    + "acknowledged_at) SELECT " + older + ", i.id, 'demo', UTC_TIMESTAMP(6) - INTERVAL (i.id % 9) DAY "
                    + "FROM institution i WHERE i.id % 2 = 0 AND i.id <> COALESCE((SELECT institution_id FROM "
                    + "user_account WHERE username = '" + DemoDataGenerator.OFFICER_USER + "'), 0)");
        }
        long critical = advisory(c, "CRITICAL", "ランサムウェア攻撃の増加に伴うバックアップの確認のお願い",
                "Please check your backups: ransomware attacks are rising",
                "電子カルテを暗号化するランサムウェア攻撃が続いています。バックアップがネットワークから切り離して保管されている"
                        + "こと、復元の手順を最近試したことを確認してください。",
                "Ransomware attacks that encrypt electronic medical records continue. Check that your backups are "
                        + "kept off the network and that the restore procedure has been tried recently.",
                null, null, 2);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO advisory_tier (advisory_id, tier) VALUES (" + critical + ", 'LEADING'), ("
                    + critical + ", 'SELF_DEFENDING')");
        }
    }

    private long advisory(Connection c, String severity, String titleJa, String titleEn, String textJa, String textEn,
                          String products, String link, int daysAgo) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO advisory (severity, title_ja, title_en, text_ja, "
                + "text_en, affected_products, link, remind_after_days, published_by, published_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 7, 'staff', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, severity);
            s.setString(2, titleJa);
            s.setString(3, titleEn);
            s.setString(4, textJa);
            s.setString(5, textEn);
            s.setString(6, products);
            s.setString(7, link);
            s.setTimestamp(8, Timestamp.valueOf(today.minusDays(daysAgo).atTime(10, 0).atZone(JAPAN)
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
