package jp.medsec.demo;

import jp.medsec.certification.CertificationCycle;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A plausible history of points for every current certification's cycle up to today: events, JAMI membership, now
 * and then committee work or lecturing, and (for most) the seminar. The demo holder is short of points and has not
 * attended the seminar, so that their transcript shows what is missing.
 */
final class DemoPoints {

    private static final String[] EVENTS = {"医療情報学連合大会 参加", "日本医療情報学会 春季学術大会 参加", "医療情報技師 地方研修会 参加",
            "医療情報セキュリティ研修会 参加", "医用画像情報セミナー 参加", "医療情報標準化セミナー 参加"};
    private static final int[] EVENT_POINTS = {7, 5, 3, 3, 3, 2};

    private final Random random;
    private final LocalDate today;

    DemoPoints(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    void insert(Connection c, List<HolderRow> holders) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (JdbcBatches batches = new JdbcBatches(c)) {
            PreparedStatement ps = batches.prepare("INSERT INTO point_entry (holder_id, category, points, earned_on, "
                    + "counts_as_seminar, source, description, recorded_by, recorded_at) "
                    + "VALUES (?,?,?,?,?,'STAFF',?, 'demo-data', ?)");
            Entries entries = new Entries(batches, ps, now);
            for (HolderRow h : holders) {
                LocalDate from = h.certifications.stream().filter(r -> r.status().isCurrent())
                        .map(r -> r.cycle().start()).min(LocalDate::compareTo).orElse(null);
                if (from == null) {
                    continue;
                }
                boolean demoHolder = h.id == 1;
                boolean member = !demoHolder && random.nextInt(100) < 45;
                boolean seminar = !demoHolder && random.nextInt(100) < 80;
                int budget = demoHolder ? 38 : Integer.MAX_VALUE;
                for (LocalDate day = from.plusDays(20 + random.nextInt(60)); day.isBefore(today);
                     day = day.plusDays(60 + random.nextInt(150))) {
                    int e = random.nextInt(EVENTS.length);
                    int points = Math.min(EVENT_POINTS[e], budget);
                    if (points <= 0) {
                        break;
                    }
                    budget -= points;
                    entries.add(h.id, "EVENT", points, day, false, EVENTS[e]);
                }
                if (member) {
                    for (int fy = CertificationCycle.fiscalYearOf(from); fy <= CertificationCycle.fiscalYearOf(today); fy++) {
                        LocalDate day = LocalDate.of(fy, 5, 1);
                        if (!day.isBefore(from) && day.isBefore(today)) {
                            entries.add(h.id, "JAMI_MEMBERSHIP", 2, day, false, fy + "年度 日本医療情報学会 会員");
                        }
                    }
                }
                if (seminar) {
                    LocalDate day = from.plusDays(90 + random.nextInt(700));
                    if (day.isBefore(today)) {
                        entries.add(h.id, "EVENT", 3, day, true, "医療情報技師 生涯研修セミナー 受講");
                    }
                }
                if (!demoHolder && random.nextInt(100) < 6) {
                    LocalDate day = from.plusDays(200);
                    if (day.isBefore(today)) {
                        entries.add(h.id, "LECTURING", 5, day, false, "医療情報技師 地方研修会 講師");
                    }
                }
                // A holder's entries stay in one batch, as they always have: the batch boundaries decide the ids.
                batches.flushIfFull();
            }
        }
    }

    /** One holder's point entries, held in the batch until the holder is complete. */
    private static final class Entries {
        private final JdbcBatches batches;
        private final PreparedStatement ps;
        private final Timestamp now;

        Entries(JdbcBatches batches, PreparedStatement ps, Timestamp now) {
            this.batches = batches;
            this.ps = ps;
            this.now = now;
        }

        void add(long holderId, String category, int points, LocalDate day, boolean seminar, String description)
                throws SQLException {
            ps.setLong(1, holderId);
            ps.setString(2, category);
            ps.setInt(3, points);
            ps.setDate(4, Date.valueOf(day));
            ps.setBoolean(5, seminar);
            ps.setString(6, description);
            ps.setTimestamp(7, now);
            batches.hold(ps);
        }
    }
}
