package jp.medsec.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Security checks of SELF_DEFENDING hospitals and advice to ASSISTED ones around the demo officer's LEADING hospital:
 * one check under way (accepted, its visit confirmed), one request waiting for the officer's answer, one question
 * answered and one waiting. The SELF_DEFENDING and ASSISTED hospitals are the nearest ones (same prefecture first).
 */
final class DemoSecurityChecks {

    private final LocalDate today;

    DemoSecurityChecks(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        Long officerHospital = null;
        int prefecture = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.prefecture_code FROM user_account a "
                + "JOIN institution i ON i.id = a.institution_id WHERE a.username = ?")) {
            s.setString(1, DemoDataGenerator.OFFICER_USER);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    officerHospital = r.getLong(1);
                    prefecture = r.getInt(2);
                }
            }
        }
        if (officerHospital == null) {
            return;
        }
        List<Long> selfDefending = nearest(c, "SELF_DEFENDING", prefecture, 2);
        List<Long> assisted = nearest(c, "ASSISTED", prefecture, 2);
        int year = jp.medsec.certification.CertificationCycle.fiscalYearOf(today);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO peer_check (kind, fiscal_year, checked_id, checker_id, "
                + "distance_km, cost, pinned, request_state, assigned_by_staff, request_note, requested_by, requested_at, "
                + "answer_note, answered_at, proposed_visit_on, proposed_by_side, proposed_at, visit_on, confirmed_at, "
                + "sequence) VALUES ('SECURITY', ?, ?, ?, 0.0, 0, FALSE, ?, FALSE, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            if (!selfDefending.isEmpty()) {
                LocalDate visit = today.plusDays(40);
                s.setInt(1, year);
                s.setLong(2, selfDefending.get(0));
                s.setLong(3, officerHospital);
                s.setString(4, "ACCEPTED");
                s.setString(5, "電子カルテ更新前に、ネットワーク分離とバックアップ体制を確認していただきたい。");
                s.setTimestamp(6, at(today.minusDays(30)));
                s.setString(7, "担当チームを編成して対応します。");
                s.setTimestamp(8, at(today.minusDays(25)));
                s.setDate(9, Date.valueOf(visit));
                s.setString(10, "CHECKER");
                s.setTimestamp(11, at(today.minusDays(20)));
                s.setDate(12, Date.valueOf(visit));
                s.setTimestamp(13, at(today.minusDays(18)));
                s.setInt(14, 2);
                s.addBatch();
            }
            if (selfDefending.size() > 1) {
                s.setInt(1, year);
                s.setLong(2, selfDefending.get(1));
                s.setLong(3, officerHospital);
                s.setString(4, "REQUESTED");
                s.setString(5, "リモート保守回線の管理状況について、第三者の目で確認をお願いしたい。");
                s.setTimestamp(6, at(today.minusDays(3)));
                for (int i = 7; i <= 13; i++) {
                    s.setNull(i, i == 9 || i == 12 ? java.sql.Types.DATE : i == 10 || i == 7 ? java.sql.Types.VARCHAR
                            : java.sql.Types.TIMESTAMP);
                }
                s.setInt(14, 0);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO consultation (institution_id, adviser_id, fiscal_year, "
                + "subject, question, asked_by, asked_at, answer, answered_by, answered_at) "
                + "VALUES (?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?)")) {
            if (!assisted.isEmpty()) {
                s.setLong(1, assisted.get(0));
                s.setLong(2, officerHospital);
                s.setInt(3, year);
                s.setString(4, "保守用 VPN 装置の更新");
                s.setString(5, "保守事業者の VPN 装置を更新します。導入時に当院で確認すべき点を教えてください。");
                s.setTimestamp(6, at(today.minusDays(21)));
                s.setString(7, "ファームウェアを最新にし、既定のアカウントを無効化したうえで、接続元を保守事業者の固定アドレスに"
                        + "限定してください。接続の記録を残し、月に一度確認することを勧めます。");
                s.setString(8, DemoDataGenerator.OFFICER_USER);
                s.setTimestamp(9, at(today.minusDays(19)));
                s.addBatch();
            }
            if (assisted.size() > 1) {
                s.setLong(1, assisted.get(1));
                s.setLong(2, officerHospital);
                s.setInt(3, year);
                s.setString(4, "職員向け e-learning の選び方");
                s.setString(5, "全職員向けの情報セキュリティ研修を e-learning で行いたいのですが、内容として最低限必要なものは何でしょうか。");
                s.setTimestamp(6, at(today.minusDays(2)));
                s.setNull(7, java.sql.Types.VARCHAR);
                s.setNull(8, java.sql.Types.VARCHAR);
                s.setNull(9, java.sql.Types.TIMESTAMP);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.valueOf(day.atTime(10, 0));
    }

    /** The hospitals of the tier nearest the prefecture: its own first, then by prefecture code distance. */
    private static List<Long> nearest(Connection c, String tier, int prefecture, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM institution WHERE tier = ? "
                + "ORDER BY ABS(prefecture_code - ?), institution_code LIMIT ?")) {
            s.setString(1, tier);
            s.setInt(2, prefecture);
            s.setInt(3, count);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }
}
