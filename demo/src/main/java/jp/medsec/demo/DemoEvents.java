package jp.medsec.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The events behind the demo holder's points and the ones ahead: each event the demo holder attended becomes an event
 * of the catalogue with the holder's attendance (recorded from the organiser's list), and their ledger lines point to
 * it; and a few events in the coming months, among them a lifelong-learning seminar that would complete the holder's
 * transcript. Other holders' points stay staff-recorded: a national-size catalogue of random days would say nothing.
 */
final class DemoEvents {

    /** What the demo generator writes into a ledger line's description, and the event's organiser and kind. */
    private record Kind(String suffix, String kind, String organiser) {
    }

    private final LocalDate today;

    DemoEvents(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c, long demoHolderId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> attended = new ArrayList<>();
        try (PreparedStatement lines = c.prepareStatement("SELECT id, description, points, earned_on, counts_as_seminar "
                + "FROM point_entry WHERE holder_id = ? AND category = 'EVENT' ORDER BY earned_on, id")) {
            lines.setLong(1, demoHolderId);
            try (ResultSet rs = lines.executeQuery()) {
                while (rs.next()) {
                    attended.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(),
                            rs.getBoolean(5)});
                }
            }
        }
        try (PreparedStatement event = c.prepareStatement("INSERT INTO event (title, kind, organiser, starts_on, ends_on, "
                + "venue, points, point_category, mandatory_seminar) VALUES (?,?,?,?,?,?,?, 'EVENT', ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement attendance = c.prepareStatement("INSERT INTO attendance (event_id, holder_id, attended_on, "
                     + "method, recorded_by, recorded_at) VALUES (?,?,?, 'CSV', 'demo-data', ?)");
             PreparedStatement line = c.prepareStatement("UPDATE point_entry SET source = 'ATTENDANCE', event_id = ? "
                     + "WHERE id = ?")) {
            for (Object[] a : attended) {
                String description = (String) a[1];
                String title = description.replace(" 参加", "").replace(" 受講", "");
                LocalDate day = (LocalDate) a[3];
                long id = insertEvent(event, title, kindOf(title), organiserOf(title), day, venueOf(title), (int) a[2],
                        (boolean) a[4]);
                attendance.setLong(1, id);
                attendance.setLong(2, demoHolderId);
                attendance.setDate(3, Date.valueOf(day));
                attendance.setTimestamp(4, now);
                attendance.addBatch();
                line.setLong(1, id);
                line.setLong(2, (long) a[0]);
                line.addBatch();
            }
            attendance.executeBatch();
            line.executeBatch();
            insertEvent(event, "医療情報セキュリティ研修会（ランサムウェア対策）", "TRAINING", "日本医療情報学会",
                    today.plusDays(18), "オンライン", 3, false);
            insertEvent(event, "医療情報技師 生涯研修セミナー", "SEMINAR", "日本医療情報学会", today.plusDays(45),
                    "東京国際フォーラム", 3, true);
            insertEvent(event, "医療情報技師 生涯研修セミナー（e-Learning）", "E_LEARNING", "日本医療情報学会",
                    today.plusDays(7), null, 3, true);
            insertEvent(event, "日本医療情報学会 春季学術大会", "CONGRESS", "日本医療情報学会", today.plusMonths(6),
                    "大阪国際会議場", 5, false);
        }
    }

    private static long insertEvent(PreparedStatement event, String title, String kind, String organiser, LocalDate day,
                                    String venue, int points, boolean seminar) throws SQLException {
        event.setString(1, title);
        event.setString(2, kind);
        event.setString(3, organiser);
        event.setDate(4, Date.valueOf(day));
        event.setDate(5, Date.valueOf(title.contains("連合大会") || title.contains("学術大会") ? day.plusDays(2) : day));
        event.setString(6, venue);
        event.setInt(7, points);
        event.setBoolean(8, seminar);
        event.executeUpdate();
        try (ResultSet keys = event.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String kindOf(String title) {
        return title.contains("大会") ? "CONGRESS" : title.contains("セミナー") ? "SEMINAR" : "TRAINING";
    }

    private static String organiserOf(String title) {
        return title.contains("地方研修会") ? "日本医療情報学会 医療情報技師育成部会" : "日本医療情報学会";
    }

    private static String venueOf(String title) {
        return title.contains("連合大会") ? "パシフィコ横浜" : title.contains("地方研修会") ? "福岡国際会議場" : "オンライン";
    }
}
