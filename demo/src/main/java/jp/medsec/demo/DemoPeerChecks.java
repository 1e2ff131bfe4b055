package jp.medsec.demo;

import jp.medsec.peercheck.Assignment;
import jp.medsec.peercheck.Conflict;
import jp.medsec.peercheck.LocalSearchPairingSolver;
import jp.medsec.peercheck.Pairing;
import jp.medsec.peercheck.PairingProblem;
import jp.medsec.peercheck.Participant;
import jp.medsec.peercheck.TravelPreference;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Mutual checks of the LEADING hospitals: last fiscal year's cycle closed, every visit done; this year's published, its
 * checks at every step (no date yet, a date proposed, a date confirmed, the visit past), with conflicts of interest
 * declared. Both pairings are computed by the product's solver over the generated hospitals, so they keep every hard
 * rule (this year's avoids last year's checkers). Its own random numbers, so the other subjects' data stay as they were.
 */
final class DemoPeerChecks {

    private final Random random = new Random(20_26);
    private final LocalDate today;

    private record Leading(long id, String code, String prefecture, String group) {
    }

    DemoPeerChecks(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        List<Leading> leading = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, institution_code, prefecture_code, corporate_group "
                + "FROM institution WHERE tier = 'LEADING' ORDER BY institution_code"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                leading.add(new Leading(r.getLong(1), r.getString(2), String.format("%02d", r.getInt(3)), r.getString(4)));
            }
        }
        if (leading.size() < 3) {
            return;
        }
        int year = jp.medsec.certification.CertificationCycle.fiscalYearOf(today);
        Map<String, Leading> byCode = new HashMap<>();
        leading.forEach(l -> byCode.put(l.code(), l));
        List<Participant> participants = leading.stream().map(l -> new Participant(l.code(), l.prefecture(), l.group(), 1))
                .toList();
        LocalSearchPairingSolver solver = new LocalSearchPairingSolver();

        Pairing last = solver.solve(new PairingProblem(participants, Set.of(), Map.of(), List.of(), TravelPreference.NEAR));
        long lastCycle = cycle(c, year - 1, "CLOSED", LocalDateTime.of(year - 1, 4, 10, 9, 0),
                LocalDateTime.of(year - 1, 6, 20, 10, 0), LocalDateTime.of(year, 3, 31, 17, 0));
        Map<String, String> previous = new TreeMap<>();
        try (PreparedStatement pair = pairStatement(c)) {
            for (Assignment a : last.assignments()) {
                previous.put(a.checked(), a.checker());
                LocalDate visit = LocalDate.of(year - 1, 9, 1).plusDays(random.nextInt(140));
                addPair(pair, lastCycle, byCode.get(a.checked()), byCode.get(a.checker()), a, visit, visit, "CHECKER", 2);
            }
            pair.executeBatch();
        }

        Set<Conflict> conflicts = new HashSet<>();
        long thisCycle = cycle(c, year, "PUBLISHED", LocalDateTime.of(year, 4, 8, 9, 0),
                LocalDateTime.of(year, 6, 18, 10, 0), null);
        try (PreparedStatement conflict = c.prepareStatement("INSERT INTO peer_check_conflict (cycle_id, "
                + "first_institution_id, second_institution_id, reason, declared_by, declared_at) VALUES (?,?,?,?,?,?)")) {
            String[] reasons = {"理事長が先方の理事を兼務しています。", "情報システムの共同調達先です。", "院長同士が親族です。"};
            for (String reason : reasons) {
                Leading one = leading.get(random.nextInt(leading.size()));
                Leading other = leading.get(random.nextInt(leading.size()));
                if (one.id() == other.id() || !conflicts.add(Conflict.between(one.code(), other.code()))) {
                    continue;
                }
                conflict.setLong(1, thisCycle);
                conflict.setLong(2, Math.min(one.id(), other.id()));
                conflict.setLong(3, Math.max(one.id(), other.id()));
                conflict.setString(4, reason);
                conflict.setString(5, "demo-officer");
                conflict.setTimestamp(6, Timestamp.valueOf(LocalDateTime.of(year, 5, 12, 14, 0)));
                conflict.addBatch();
            }
            conflict.executeBatch();
        }
        Pairing current = solver.solve(new PairingProblem(participants, conflicts, previous, List.of(),
                TravelPreference.NEAR));
        try (PreparedStatement pair = pairStatement(c)) {
            int n = 0;
            for (Assignment a : current.assignments()) {
                LocalDate date;
                switch (n++ % 4) {
                    case 0 -> addPair(pair, thisCycle, byCode.get(a.checked()), byCode.get(a.checker()), a, null, null,
                            null, 0);
                    case 1 -> {
                        date = today.plusDays(35 + random.nextInt(60));
                        addPair(pair, thisCycle, byCode.get(a.checked()), byCode.get(a.checker()), a, date, null,
                                "CHECKER", 1);
                    }
                    case 2 -> {
                        date = today.plusDays(10 + random.nextInt(80));
                        addPair(pair, thisCycle, byCode.get(a.checked()), byCode.get(a.checker()), a, date, date,
                                "CHECKED", 2);
                    }
                    default -> {
                        date = today.minusDays(5 + random.nextInt(60));
                        addPair(pair, thisCycle, byCode.get(a.checked()), byCode.get(a.checker()), a, date, date,
                                "CHECKER", 2);
                    }
                }
            }
            pair.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO peer_check_participant (cycle_id, institution_id) "
                + "VALUES (?, ?)")) {
            for (long cycle : new long[] {lastCycle, thisCycle}) {
                for (Leading l : leading) {
                    p.setLong(1, cycle);
                    p.setLong(2, l.id());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static long cycle(Connection c, int year, String status, LocalDateTime opened, LocalDateTime published,
                              LocalDateTime closed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO peer_check_cycle (fiscal_year, status, travel_preference, "
                + "conflicts_due, checks_due, opened_by, opened_at, computed_at, published_by, published_at, closed_at) "
                + "VALUES (?, ?, 'NEAR', ?, ?, 'staff', ?, ?, 'staff', ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, year);
            s.setString(2, status);
            s.setDate(3, Date.valueOf(LocalDate.of(year, 5, 31)));
            s.setDate(4, Date.valueOf(LocalDate.of(year + 1, 3, 31)));
            s.setTimestamp(5, Timestamp.valueOf(opened));
            s.setTimestamp(6, Timestamp.valueOf(published.minusDays(3)));
            s.setTimestamp(7, Timestamp.valueOf(published));
            s.setTimestamp(8, closed == null ? null : Timestamp.valueOf(closed));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement pairStatement(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO peer_check (cycle_id, fiscal_year, checked_id, checker_id, distance_km, "
                + "cost, pinned, proposed_visit_on, proposed_by_side, proposed_at, visit_on, confirmed_at, sequence) "
                + "VALUES (?, (SELECT fiscal_year FROM peer_check_cycle WHERE id = ?), ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?)");
    }

    private static void addPair(PreparedStatement s, long cycle, Leading checked, Leading checker, Assignment a,
                                LocalDate proposed, LocalDate confirmed, String proposedBy, int sequence)
            throws SQLException {
        s.setLong(1, cycle);
        s.setLong(2, cycle);
        s.setLong(3, checked.id());
        s.setLong(4, checker.id());
        s.setBigDecimal(5, a.distanceKm());
        s.setLong(6, a.cost());
        s.setDate(7, proposed == null ? null : Date.valueOf(proposed));
        s.setString(8, proposedBy);
        s.setTimestamp(9, proposed == null ? null : Timestamp.valueOf(proposed.minusDays(50).atTime(10, 0)));
        s.setDate(10, confirmed == null ? null : Date.valueOf(confirmed));
        s.setTimestamp(11, confirmed == null ? null : Timestamp.valueOf(proposed.minusDays(45).atTime(15, 0)));
        s.setInt(12, sequence);
        s.addBatch();
    }
}
