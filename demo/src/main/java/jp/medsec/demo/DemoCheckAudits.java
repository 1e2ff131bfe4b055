package jp.medsec.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The audits the demo's checks are carried out on, as the product starts one when a visit is confirmed: last fiscal
 * year's closed cycle with every report written and every finding verified (the checkers' access ended with the
 * cycle); this year's checks with their documents supplied before the visit, rated at the visit, and half of the
 * visited ones reported, with a finding left open. Its own random numbers, so the other subjects' data stay as they
 * were.
 */
final class DemoCheckAudits {

    private final Random random = new Random(20_261);
    private final LocalDate today;

    private record Check(long id, long checkedId, String checkedTier, String checkerName, int fiscalYear, String kind,
                         LocalDate visit, LocalDateTime confirmedAt, LocalDateTime cycleClosedAt) {
    }

    DemoCheckAudits(LocalDate today) {
        this.today = today;
    }

    void insert(Connection c) throws SQLException {
        Map<String, Long> catalogues = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.tier, c.id FROM catalogue c WHERE c.framework = 'TIER' "
                + "AND c.effective_from <= ? ORDER BY c.effective_from, c.code")) {
            s.setObject(1, today);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    catalogues.put(r.getString(1), r.getLong(2)); // the later one wins, as the product chooses
                }
            }
        }
        Map<Long, List<Long>> requirements = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM catalogue_item WHERE catalogue_id = ? ORDER BY sort_order")) {
            for (Long catalogue : catalogues.values()) {
                s.setLong(1, catalogue);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        requirements.computeIfAbsent(catalogue, k -> new ArrayList<>()).add(r.getLong(1));
                    }
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.checked_id, d.tier, r.name, p.fiscal_year, p.kind, "
                + "p.visit_on, p.confirmed_at, y.closed_at FROM peer_check p JOIN institution d ON d.id = p.checked_id "
                + "JOIN institution r ON r.id = p.checker_id LEFT JOIN peer_check_cycle y ON y.id = p.cycle_id "
                + "WHERE p.visit_on IS NOT NULL AND p.audit_id IS NULL ORDER BY p.id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp closed = r.getTimestamp(9);
                checks.add(new Check(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getInt(5),
                        r.getString(6), r.getDate(7).toLocalDate(), r.getTimestamp(8).toLocalDateTime(),
                        closed == null ? null : closed.toLocalDateTime()));
            }
        }
        try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit (institution_id, auditing_institution_id, "
                + "catalogue_id, kind, title, started_by, started_at, completed_at, auditor_access_ended_at, summary) "
                + "SELECT p.checked_id, p.checker_id, ?, 'PEER_CHECK', ?, 'demo-data', ?, ?, ?, ? FROM peer_check p "
                + "WHERE p.id = ?", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement link = c.prepareStatement("UPDATE peer_check SET audit_id = ? WHERE id = ?");
             PreparedStatement item = c.prepareStatement("INSERT INTO audit_item (audit_id, catalogue_item_id, status, "
                     + "note, effective_date, answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement evidence = c.prepareStatement("INSERT INTO audit_evidence (audit_item_id, note, "
                     + "effective_date, added_by, added_at) VALUES (?, ?, ?, 'demo-data', ?)");
             PreparedStatement finding = c.prepareStatement("INSERT INTO finding (audit_id, audit_item_id, severity, "
                     + "owner, due_date, state, remediation, opened_at, resolved_at, verified_at, verified_by) "
                     + "VALUES (?, ?, ?, '医療情報部 部長', ?, ?, ?, ?, ?, ?, ?)")) {
            int visitedThisYear = 0;
            for (Check check : checks) {
                long catalogue = catalogues.get(check.checkedTier());
                boolean closedCycle = check.cycleClosedAt() != null;
                boolean visited = check.visit().isBefore(today);
                boolean reported = closedCycle || (visited && visitedThisYear++ % 2 == 0
                        && check.visit().plusDays(10).isBefore(today));
                boolean documentsIn = visited || !check.visit().minusDays(14).isAfter(today) || random.nextBoolean();
                LocalDateTime completed = reported ? check.visit().plusDays(10).atTime(17, 0) : null;
                audit.setLong(1, catalogue);
                audit.setString(2, check.fiscalYear() + "年度 " + (check.kind().equals("SECURITY") ? "セキュリティチェック"
                        : "相互チェック") + "（" + check.checkerName() + "）");
                audit.setTimestamp(3, Timestamp.valueOf(check.confirmedAt()));
                audit.setTimestamp(4, completed == null ? null : Timestamp.valueOf(completed));
                audit.setTimestamp(5, closedCycle ? Timestamp.valueOf(check.cycleClosedAt()) : null);
                audit.setString(6, reported ? "全体として規程と体制は整っており、適切に運用されている。"
                        + "委託先管理と訓練の記録に改善の余地がある。" : null);
                audit.setLong(7, check.id());
                audit.executeUpdate();
                long auditId;
                try (ResultSet keys = audit.getGeneratedKeys()) {
                    keys.next();
                    auditId = keys.getLong(1);
                }
                link.setLong(1, auditId);
                link.setLong(2, check.id());
                link.executeUpdate();
                List<Long> items = requirements.get(catalogue);
                for (int i = 0; i < items.size(); i++) {
                    boolean rated = visited;
                    String status = !rated ? null : i == 1 ? "PARTIAL" : random.nextInt(100) < 88 ? "MET" : "NOT_MET";
                    item.setLong(1, auditId);
                    item.setLong(2, items.get(i));
                    item.setString(3, status);
                    item.setString(4, status == null || status.equals("MET") ? null : "訪問時に確認");
                    item.setObject(5, rated ? check.visit() : null);
                    item.setString(6, rated ? "demo-officer" : null);
                    item.setTimestamp(7, rated ? Timestamp.valueOf(check.visit().atTime(15, 0)) : null);
                    item.executeUpdate();
                    long itemId;
                    try (ResultSet keys = item.getGeneratedKeys()) {
                        keys.next();
                        itemId = keys.getLong(1);
                    }
                    if (i == 0 && documentsIn) {
                        evidence.setLong(1, itemId);
                        evidence.setString(2, "情報セキュリティ規程・組織図（事前提出資料）");
                        evidence.setObject(3, check.visit().minusDays(20));
                        evidence.setTimestamp(4, Timestamp.valueOf(check.visit().minusDays(16).atTime(11, 0)));
                        evidence.addBatch();
                    }
                    if (status != null && !status.equals("MET")) {
                        LocalDate opened = check.visit();
                        boolean verified = closedCycle;
                        finding.setLong(1, auditId);
                        finding.setLong(2, itemId);
                        finding.setString(3, status.equals("NOT_MET") ? "HIGH" : "MEDIUM");
                        finding.setObject(4, check.visit().plusDays(14).plusMonths(3));
                        finding.setString(5, verified ? "VERIFIED" : "OPEN");
                        finding.setString(6, verified ? "規程を改定し、訓練を実施した" : null);
                        finding.setTimestamp(7, Timestamp.valueOf(opened.atTime(16, 0)));
                        finding.setTimestamp(8, verified ? Timestamp.valueOf(opened.plusDays(60).atTime(9, 0)) : null);
                        finding.setTimestamp(9, verified ? Timestamp.valueOf(opened.plusDays(75).atTime(9, 0)) : null);
                        finding.setString(10, verified ? "demo-officer" : null);
                        finding.addBatch();
                    }
                }
            }
            evidence.executeBatch();
            finding.executeBatch();
        }
    }
}
