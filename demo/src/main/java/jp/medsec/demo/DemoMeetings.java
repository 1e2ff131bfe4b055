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
import java.util.ArrayList;
import java.util.List;

/**
 * Conferences and joint drills around the demo officer's LEADING hospital: last year's drill and this year's
 * conference held, with attendance (one guest absent); a drill to come that is full, with a waiting list; a conference
 * to come with places; and a public body's online exercise entered by staff. The guests are the nearest SELF_DEFENDING
 * and ASSISTED hospitals, the second demo officer's first among them.
 */
final class DemoMeetings {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String[] PEOPLE = {"青木 健", "石井 真理", "上田 翔", "遠藤 由紀", "大野 誠", "加藤 彩",
            "木村 悠", "久保 直樹", "小林 奈々", "斉藤 亮"};

    private final LocalDate today;

    DemoMeetings(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        long[] hosts = ids(c, "SELECT i.id, i.prefecture_code FROM user_account a JOIN institution i "
                + "ON i.id = a.institution_id WHERE a.username = '" + DemoDataGenerator.OFFICER_USER + "'");
        long[] guest = ids(c, "SELECT i.id, i.prefecture_code FROM user_account a JOIN institution i "
                + "ON i.id = a.institution_id WHERE a.username = '" + DemoDataGenerator.GUEST_OFFICER_USER + "'");
        if (hosts.length == 0 || guest.length == 0) {
            return;
        }
        long host = hosts[0];
        int prefecture = (int) hosts[1];
        List<Long> guests = new ArrayList<>(List.of(guest[0]));
        for (long id : nearest(c, prefecture, 6)) {
            if (!guests.contains(id)) {
                guests.add(id);
            }
        }
        int year = CertificationCycle.fiscalYearOf(today);
        // Last fiscal year's drill, held, everyone present.
        long pastDrill = meeting(c, "DRILL", host, "標的型メールと不正侵入を想定したサイバー攻撃合同訓練",
                "初動対応（ネットワーク遮断・報告）の机上演習と、バックアップからの復旧手順の確認。",
                LocalDate.of(year - 1, 11, 14), 13, 17, "本院 管理棟 大会議室", null, 20, "SELF_DEFENDING", 0);
        register(c, pastDrill, guests, 0, 4, 4, 0, 0);
        // This year's conference, held: five present, one absent.
        LocalDate conferenceDay = today.minusDays(45);
        long pastConference = meeting(c, "CONFERENCE", host, "地域医療情報セキュリティカンファレンス（第3回）",
                "最近の医療機関へのサイバー攻撃事例、VPN 装置の脆弱性対応、各施設の取り組み紹介。",
                conferenceDay, 14, 17, "本院 講堂", "https://meet.example.jp/medsec-conference-3", 40,
                "SELF_DEFENDING,ASSISTED", 0);
        register(c, pastConference, guests, 1, 6, 6, 0, 5);
        // A drill to come: full, two on the waiting list (the second demo officer's hospital has one of each).
        long fullDrill = meeting(c, "DRILL", host, "ランサムウェア被害を想定したサイバー攻撃合同訓練",
                "電子カルテ停止を想定した診療継続と復旧の実動訓練。各施設 1〜2 名の参加を想定しています。",
                today.plusDays(20), 13, 17, "本院 災害対策本部室", null, 6, "SELF_DEFENDING", 0);
        register(c, fullDrill, guests, 2, 8, 6, 2, -1);
        // A conference to come with places left.
        long nextConference = meeting(c, "CONFERENCE", host, "医療情報システム安全管理ガイドライン 第6.0版 勉強会",
                "ガイドラインの改定点と、中小規模病院での対応の優先順位。質疑応答あり。",
                today.plusDays(50), 15, 17, null, "https://meet.example.jp/medsec-guideline", 60,
                "SELF_DEFENDING,ASSISTED", 0);
        register(c, nextConference, guests, 3, 3, 3, 0, -1);
        // A public body's online exercise, entered by staff.
        meeting(c, "DRILL", null, "医療機関向けサイバーセキュリティ演習（オンライン）",
                "全国の医療機関を対象としたオンライン演習。インシデント発生時の報告と連絡体制を確認します。",
                today.plusDays(35), 10, 12, null, "https://exercise.example.go.jp/", 500,
                "LEADING,SELF_DEFENDING,ASSISTED", 0);
    }

    private long meeting(Connection c, String kind, Long host, String title, String programme, LocalDate day,
                         int fromHour, int toHour, String place, String link, int capacity, String tiers,
                         int prefecture) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meeting (kind, host_id, organiser, title, programme, "
                + "starts_at, ends_at, fiscal_year, place, online_link, capacity, announced_by, announced_at) "
                + "VALUES (?, ?, COALESCE((SELECT name FROM institution WHERE id = ?), '厚生労働省 医政局'), ?, ?, ?, ?, ?, "
                + "?, ?, ?, 'demo', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, kind);
            s.setObject(2, host);
            s.setObject(3, host);
            s.setString(4, title);
            s.setString(5, programme);
            s.setTimestamp(6, utc(day, fromHour));
            s.setTimestamp(7, utc(day, toHour));
            s.setInt(8, CertificationCycle.fiscalYearOf(day));
            s.setString(9, place);
            s.setString(10, link);
            s.setInt(11, capacity);
            s.setTimestamp(12, utc(day.minusDays(40), 9));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (Statement s = c.createStatement()) {
            for (String tier : tiers.split(",")) {
                s.executeUpdate("INSERT INTO meeting_tier (meeting_id, tier) VALUES (" + id + ", '" + tier + "')");
            }
            if (prefecture > 0) {
                s.executeUpdate("INSERT INTO meeting_prefecture (meeting_id, prefecture_code) VALUES (" + id + ", "
                        + prefecture + ")");
            }
        }
        return id;
    }

    /**
     * {@code count} people of the guest hospitals (in turn), the first {@code confirmed} with a place and the next
     * {@code waiting} on the list; {@code present} of the confirmed recorded present and the rest absent (-1: not yet).
     */
    private void register(Connection c, long meeting, List<Long> guests, int offset, int count, int confirmed,
                          int waiting, int present) throws SQLException {
        Timestamp starts;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT starts_at FROM meeting WHERE id = "
                + meeting)) {
            r.next();
            starts = r.getTimestamp(1);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meeting_registration (meeting_id, institution_id, "
                + "participant_name, participant_role, state, registered_by, registered_at, confirmed_at, attended, "
                + "attendance_recorded_by, attendance_recorded_at) VALUES (?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < count && n < confirmed + waiting; n++) {
                boolean placed = n < confirmed;
                Timestamp registered = new Timestamp(starts.getTime() - (30L - n) * 86_400_000L);
                s.setLong(1, meeting);
                s.setLong(2, guests.get(n % guests.size()));
                s.setString(3, PEOPLE[(n + offset * 3) % PEOPLE.length]);
                s.setString(4, n % 2 == 0 ? "情報システム部" : "医事課");
                s.setString(5, placed ? "CONFIRMED" : "WAITING");
                s.setTimestamp(6, registered);
                s.setTimestamp(7, placed ? registered : null);
                if (placed && present >= 0) {
                    s.setBoolean(8, n < present);
                    s.setString(9, DemoDataGenerator.OFFICER_USER);
                    s.setTimestamp(10, new Timestamp(starts.getTime() + 4 * 3_600_000L));
                } else {
                    s.setNull(8, java.sql.Types.BOOLEAN);
                    s.setNull(9, java.sql.Types.VARCHAR);
                    s.setNull(10, java.sql.Types.TIMESTAMP);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE meeting SET places_taken = (SELECT COUNT(*) FROM meeting_registration r "
                    + "WHERE r.meeting_id = " + meeting + " AND r.state = 'CONFIRMED') WHERE id = " + meeting);
        }
    }

    private static Timestamp utc(LocalDate day, int hour) {
        return Timestamp.valueOf(day.atTime(hour, 0).atZone(JAPAN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    private static long[] ids(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? new long[]{r.getLong(1), r.getLong(2)} : new long[0];
        }
    }

    /** SELF_DEFENDING and ASSISTED hospitals nearest the prefecture: its own first. */
    private static List<Long> nearest(Connection c, int prefecture, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM institution WHERE tier = 'SELF_DEFENDING' "
                + "ORDER BY ABS(prefecture_code - ?), institution_code LIMIT ?")) {
            s.setInt(1, prefecture);
            s.setInt(2, count);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }
}
