package jp.medsec.demo;

import jp.medsec.certification.CertificationCycle;

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
 * Incident help around the demo officer's LEADING hospital: it supports the second demo officer's hospital and the
 * nearest ASSISTED one; a closed incident of the former (resolved last month) and an open request of the latter,
 * acknowledged and being worked.
 */
final class DemoIncidents {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final LocalDate today;

    DemoIncidents(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        Long leading = institution(c, "SELECT institution_id FROM user_account WHERE username = '"
                + DemoDataGenerator.OFFICER_USER + "'");
        Long guest = institution(c, "SELECT institution_id FROM user_account WHERE username = '"
                + DemoDataGenerator.GUEST_OFFICER_USER + "'");
        if (leading == null || guest == null) {
            return;
        }
        Long assisted = institution(c, "SELECT i.id FROM institution i JOIN institution l ON l.id = " + leading
                + " WHERE i.tier = 'ASSISTED' ORDER BY ABS(i.prefecture_code - l.prefecture_code), i.institution_code "
                + "LIMIT 1");
        agreement(c, guest, leading);
        if (assisted != null) {
            agreement(c, assisted, leading);
        }
        long closed = incident(c, guest, leading, "INCIDENT", "標的型メールの添付ファイルを開いた",
                "医事課の職員が、取引先を装ったメールの添付ファイルを開きました。端末はすぐにネットワークから外しました。",
                "医事課の端末 1 台", false, "RESOLVED", 35, "端末を初期化し、全職員に注意を呼びかけました。メールの送信元を遮断しました。");
        timeline(c, closed, "REPORTED", "REPORTER", DemoDataGenerator.GUEST_OFFICER_USER, 35, null);
        timeline(c, closed, "ACKNOWLEDGED", "SUPPORTER", DemoDataGenerator.OFFICER_USER, 35, null);
        timeline(c, closed, "NOTE", "SUPPORTER", DemoDataGenerator.OFFICER_USER, 34,
                "ログを確認しました。外部への通信は確認されていません。端末の初期化を勧めます。");
        timeline(c, closed, "RESOLVED", "SUPPORTER", DemoDataGenerator.OFFICER_USER, 33,
                "端末を初期化し、全職員に注意を呼びかけました。メールの送信元を遮断しました。");
        if (assisted != null) {
            long open = incident(c, assisted, leading, "QUESTION", "VPN 装置の更新前に確認してほしい",
                    "来月、保守用の VPN 装置を更新します。設定の確認と、更新当日の立ち会いをお願いできますか。",
                    "保守用 VPN 装置", false, "IN_PROGRESS", 3, null);
            timeline(c, open, "REPORTED", "REPORTER", "demo", 3, null);
            timeline(c, open, "ACKNOWLEDGED", "SUPPORTER", DemoDataGenerator.OFFICER_USER, 2, null);
            timeline(c, open, "NOTE", "SUPPORTER", DemoDataGenerator.OFFICER_USER, 1,
                    "設定ファイルを共有してください。更新日の午前中に伺えます。");
        }
    }

    private void agreement(Connection c, long institution, long supporter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO support_agreement (institution_id, supporter_id, "
                + "state, proposed_by, proposed_at, answered_at) VALUES (?, ?, 'ACCEPTED', 'demo', ?, ?)")) {
            s.setLong(1, institution);
            s.setLong(2, supporter);
            s.setTimestamp(3, utc(60));
            s.setTimestamp(4, utc(58));
            s.executeUpdate();
        }
    }

    private long incident(Connection c, long institution, long supporter, String kind, String title, String what,
                          String systems, boolean careDisrupted, String state, int daysAgo, String resolution)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO incident (institution_id, supporter_id, kind, title, "
                + "what_happened, occurred_at, systems_affected, care_disrupted, contact, state, fiscal_year, "
                + "reported_by, reported_at, acknowledged_at, resolved_at, resolution) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '情報システム担当 03-0000-0000', ?, ?, 'demo', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, institution);
            s.setLong(2, supporter);
            s.setString(3, kind);
            s.setString(4, title);
            s.setString(5, what);
            s.setTimestamp(6, kind.equals("INCIDENT") ? utc(daysAgo) : null);
            s.setString(7, systems);
            s.setBoolean(8, careDisrupted);
            s.setString(9, state);
            s.setInt(10, CertificationCycle.fiscalYearOf(today.minusDays(daysAgo)));
            s.setTimestamp(11, utc(daysAgo));
            s.setTimestamp(12, utc(daysAgo - 1));
            s.setTimestamp(13, resolution == null ? null : utc(daysAgo - 2));
            s.setString(14, resolution);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void timeline(Connection c, long incident, String kind, String side, String by, int daysAgo, String text)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO incident_timeline (incident_id, kind, side, "
                + "written_by, written_at, text) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, incident);
            s.setString(2, kind);
            s.setString(3, side);
            s.setString(4, by);
            s.setTimestamp(5, utc(daysAgo));
            s.setString(6, text);
            s.executeUpdate();
        }
    }

    /** A time that many days ago, 10:00 in Japan, as the UTC wall clock the columns hold. */
    private Timestamp utc(int daysAgo) {
        return Timestamp.valueOf(today.minusDays(daysAgo).atTime(10, 0).atZone(JAPAN)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    private static Long institution(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : null;
        }
    }
}
