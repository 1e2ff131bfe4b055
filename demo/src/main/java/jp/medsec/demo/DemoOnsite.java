package jp.medsec.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * On-site training at the demo officer's LEADING hospital: places offered for the coming weeks, one trainee of the
 * second demo officer's hospital accepted and one application waiting for the demo officer's answer.
 */
final class DemoOnsite {

    private final LocalDate today;

    DemoOnsite(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        Long host = id(c, DemoDataGenerator.OFFICER_USER);
        Long guest = id(c, DemoDataGenerator.GUEST_OFFICER_USER);
        if (host == null || guest == null) {
            return;
        }
        List<Object[]> people = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT h.id, CONCAT(h.family_name, ' ', "
                + "h.given_name) FROM holder h WHERE EXISTS (SELECT 1 FROM certification c WHERE c.holder_id = h.id "
                + "AND c.status = 'ACTIVE') ORDER BY h.id LIMIT 2 OFFSET 20")) {
            while (r.next()) {
                people.add(new Object[]{r.getLong(1), r.getString(2)});
            }
        }
        long training;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO onsite_training (host_id, title, description, "
                + "starts_on, ends_on, places, offered_by, offered_at) VALUES (?, ?, ?, ?, ?, 3, 'demo', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, host);
            s.setString(2, "情報システム部門でのインシデント対応実地研修");
            s.setString(3, "3 日間。ログの確認、ネットワーク遮断の手順、バックアップからの復旧演習を、当院の情報システム部員と一緒に行います。");
            s.setDate(4, Date.valueOf(today.minusDays(7)));
            s.setDate(5, Date.valueOf(today.plusDays(60)));
            s.setTimestamp(6, Timestamp.valueOf(today.minusDays(30).atTime(9, 0)));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                training = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO onsite_trainee (training_id, institution_id, holder_id, "
                + "trainee_name, note, state, applied_by, applied_at, answered_by, answered_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'demo', ?, ?, ?)")) {
            for (int n = 0; n < people.size(); n++) {
                boolean accepted = n == 0;
                s.setLong(1, training);
                s.setLong(2, guest);
                s.setLong(3, (Long) people.get(n)[0]);
                s.setString(4, (String) people.get(n)[1]);
                s.setString(5, accepted ? "来月前半を希望します。" : "バックアップ復旧の演習に特に参加したいです。");
                s.setString(6, accepted ? "ACCEPTED" : "APPLIED");
                s.setTimestamp(7, Timestamp.valueOf(today.minusDays(accepted ? 20 : 2).atTime(10, 0)));
                s.setString(8, accepted ? DemoDataGenerator.OFFICER_USER : null);
                s.setTimestamp(9, accepted ? Timestamp.valueOf(today.minusDays(18).atTime(10, 0)) : null);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Long id(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT institution_id FROM user_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }
}
