package jp.medsec.demo;

import jp.medsec.institution.InstitutionTier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Audits against the tier catalogue in force on the demo's day: the officer's hospital has a self-assessment, a share
 * of the others a staff audit; an item not met opens a finding in one of its states, due three months after it was
 * opened, so some are overdue. Ids are given here, in the order the database would give them, so that rows go in by
 * JDBC batches without asking the database for each generated key.
 */
final class DemoAudits {

    private final Random random;
    private final LocalDate today;
    private final JdbcBatches batches;
    private final Map<InstitutionTier, Long> catalogues = new EnumMap<>(InstitutionTier.class);
    private final Map<InstitutionTier, List<Long>> requirements = new EnumMap<>(InstitutionTier.class);
    private final PreparedStatement audit;
    private final PreparedStatement item;
    private final PreparedStatement finding;
    private long nextAuditId;
    private long nextItemId;
    private long nextFindingId;

    /** Prepares its statements in {@code batches}, after the institutions' and the holders'. */
    DemoAudits(Random random, LocalDate today, Connection c, JdbcBatches batches) throws SQLException {
        this.random = random;
        this.today = today;
        this.batches = batches;
        readCatalogues(c);
        nextAuditId = JdbcBatches.nextId(c, "audit");
        nextItemId = JdbcBatches.nextId(c, "audit_item");
        nextFindingId = JdbcBatches.nextId(c, "finding");
        audit = batches.prepare("INSERT INTO audit (id, institution_id, catalogue_id, kind, title, started_by, started_at, "
                + "completed_at) VALUES (?, ?, ?, ?, ?, 'demo-data', ?, ?)");
        item = batches.prepare("INSERT INTO audit_item (id, audit_id, catalogue_item_id, status, note, effective_date, "
                + "answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?, 'demo-data', ?)");
        finding = batches.prepare("INSERT INTO finding (id, audit_id, audit_item_id, severity, owner, due_date, state, "
                + "remediation, opened_at, resolved_at, verified_at, verified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Each tier's catalogue in force on the demo's day: the one that took effect last, on or before it (as
     * Catalogue.currentOf chooses in the application), and its requirements in their order.
     */
    private void readCatalogues(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT c.tier, c.id FROM catalogue c WHERE c.framework = 'TIER' "
                + "AND c.effective_from <= ? ORDER BY c.effective_from, c.code")) {
            s.setObject(1, today);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    catalogues.put(InstitutionTier.valueOf(rs.getString(1)), rs.getLong(2)); // the later one wins
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM catalogue_item WHERE catalogue_id = ? ORDER BY sort_order")) {
            for (Map.Entry<InstitutionTier, Long> catalogue : catalogues.entrySet()) {
                s.setLong(1, catalogue.getValue());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        requirements.computeIfAbsent(catalogue.getKey(), k -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }
            }
        }
    }

    /** One audit of {@code institution} with its items and findings; {@code ciso} (or the role) owns the findings. */
    void audit(InstitutionRow institution, boolean selfAssessment, HolderRow ciso) throws SQLException {
        LocalDate started = today.minusDays(20 + random.nextInt(220));
        long auditId = nextAuditId++;
        audit.setLong(1, auditId);
        audit.setLong(2, institution.id);
        audit.setLong(3, catalogues.get(institution.tier));
        audit.setString(4, selfAssessment ? "SELF_ASSESSMENT" : "STAFF_AUDIT");
        audit.setString(5, (selfAssessment ? "自己評価 " : "事務局監査 ") + started);
        audit.setObject(6, started.atTime(10, 0));
        audit.setObject(7, started.plusDays(7).atTime(17, 0));
        batches.add(audit);
        for (Long requirement : requirements.get(institution.tier)) {
            int roll = random.nextInt(100);
            String status = roll < 74 ? "MET" : roll < 87 ? "PARTIAL" : "NOT_MET";
            long itemId = nextItemId++;
            item.setLong(1, itemId);
            item.setLong(2, auditId);
            item.setLong(3, requirement);
            item.setString(4, status);
            item.setString(5, status.equals("MET") ? null : "監査で確認");
            item.setObject(6, started);
            item.setObject(7, started.plusDays(3).atTime(15, 0));
            batches.add(item);
            if (!status.equals("MET")) {
                finding(auditId, itemId, status, started.plusDays(3), ciso);
            }
        }
    }

    private void finding(long auditId, long itemId, String status, LocalDate opened, HolderRow ciso) throws SQLException {
        int stateRoll = random.nextInt(100);
        String state = stateRoll < 35 ? "OPEN" : stateRoll < 60 ? "IN_PROGRESS" : stateRoll < 80 ? "RESOLVED" : "VERIFIED";
        boolean resolved = state.equals("RESOLVED") || state.equals("VERIFIED");
        finding.setLong(1, nextFindingId++);
        finding.setLong(2, auditId);
        finding.setLong(3, itemId);
        finding.setString(4, status.equals("NOT_MET") ? "HIGH" : "MEDIUM");
        finding.setString(5, ciso == null ? "医療情報システム安全管理責任者" : ciso.displayName());
        finding.setObject(6, opened.plusMonths(3));
        finding.setString(7, state);
        finding.setString(8, state.equals("OPEN") ? null : "是正計画を作成し対応中");
        finding.setObject(9, opened.atTime(9, 0));
        finding.setObject(10, resolved ? opened.plusDays(30).atTime(9, 0) : null);
        finding.setObject(11, state.equals("VERIFIED") ? opened.plusDays(40).atTime(9, 0) : null);
        finding.setString(12, state.equals("VERIFIED") ? DemoDataGenerator.STAFF_USER : null);
        batches.add(finding);
    }
}
