package jp.medsec.training.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.training.ComplianceRule;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * The set-based SQL of the training-compliance job (API.md's rule, in the database): per institution in scope, trained
 * and who is missing, for a chunk of institutions at a time. A chunk is written afresh when redone after a restart, so
 * a stopped and restarted run stores what an uninterrupted one would.
 */
@ApplicationScoped
public class ComplianceRuns {

    /** One run: its id, fiscal year and as-of day. */
    public record Run(long id, int fiscalYear, LocalDate asOf) {
    }

    /** The staff member {@code s} of institution {@code i} is employed on the as-of day (parameters: asOf, asOf). */
    static final String IN_SCOPE = "s.employed_from <= ? AND (s.employed_until IS NULL OR s.employed_until >= ?)";
    /** ... and has a qualifying record between 1 April and the as-of day (parameters: from, asOf). */
    static final String TRAINED = "EXISTS (SELECT 1 FROM training_record r WHERE r.staff_member_id = s.id "
            + "AND r.attended_on BETWEEN ? AND ? AND (r.kind = 'LECTURE' OR (i.tier = 'ASSISTED' AND r.kind = 'E_LEARNING')))";

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    /** The run of this job instance: made on its first execution, found again on a restart. */
    public Run open(long jobInstanceId, int fiscalYear, LocalDate today) {
        LocalDate asOf = ComplianceRule.asOf(fiscalYear, today);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO training_compliance_run "
                    + "(job_instance_id, fiscal_year, as_of, started_at) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, jobInstanceId);
                s.setInt(2, fiscalYear);
                s.setDate(3, Date.valueOf(asOf));
                s.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
            }
            return find(c, jobInstanceId);
        } catch (SQLException e) {
            throw new IllegalStateException("The compliance run could not be opened: " + e.getMessage(), e);
        }
    }

    public Run of(long jobInstanceId) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, jobInstanceId);
        } catch (SQLException e) {
            throw new IllegalStateException("The compliance run could not be read: " + e.getMessage(), e);
        }
    }

    private static Run find(Connection c, long jobInstanceId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, fiscal_year, as_of FROM training_compliance_run "
                + "WHERE job_instance_id = ?")) {
            s.setLong(1, jobInstanceId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No compliance run for job instance " + jobInstanceId);
                }
                return new Run(r.getLong(1), r.getInt(2), r.getDate(3).toLocalDate());
            }
        }
    }

    /**
     * Computes and stores the figures and the missing staff of the institutions (in the caller's transaction). The
     * database counts and lists (two grouped, non-locking reads); the results are written as plain batched inserts, so
     * partitions side by side never wait for each other's locks. A chunk redone after a restart replaces its rows.
     */
    public void compute(Run run, List<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return;
        }
        String ids = String.join(",", Collections.nCopies(institutionIds.size(), "?"));
        Date from = Date.valueOf(ComplianceRule.firstDay(run.fiscalYear()));
        Date asOf = Date.valueOf(run.asOf());
        try (Connection c = dataSource.getConnection()) {
            List<Long> earlier = new java.util.ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM training_compliance WHERE run_id = ? "
                    + "AND institution_id IN (" + ids + ")")) {
                s.setLong(1, run.id());
                bind(s, 2, institutionIds);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        earlier.add(r.getLong(1));
                    }
                }
            }
            if (!earlier.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM training_compliance WHERE id IN ("
                        + String.join(",", Collections.nCopies(earlier.size(), "?")) + ")")) {
                    bind(s, 1, earlier);
                    s.executeUpdate();
                }
            }
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            java.util.Map<Long, Long> complianceIds = new java.util.HashMap<>();
            try (PreparedStatement read = c.prepareStatement("SELECT i.id, i.tier, COUNT(s.id), COALESCE(SUM(" + TRAINED
                    + "), 0) FROM institution i LEFT JOIN staff_member s ON s.institution_id = i.id AND " + IN_SCOPE
                    + " WHERE i.id IN (" + ids + ") GROUP BY i.id, i.tier");
                 PreparedStatement write = c.prepareStatement("INSERT INTO training_compliance (run_id, institution_id, "
                         + "fiscal_year, as_of, tier, in_scope, trained, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         java.sql.Statement.RETURN_GENERATED_KEYS)) {
                int p = 1;
                read.setDate(p++, from);
                read.setDate(p++, asOf);
                read.setDate(p++, asOf);
                read.setDate(p++, asOf);
                bind(read, p, institutionIds);
                List<Long> order = new java.util.ArrayList<>();
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        order.add(r.getLong(1));
                        write.setLong(1, run.id());
                        write.setLong(2, r.getLong(1));
                        write.setInt(3, run.fiscalYear());
                        write.setDate(4, asOf);
                        write.setString(5, r.getString(2));
                        write.setLong(6, r.getLong(3));
                        write.setLong(7, r.getLong(4));
                        write.setObject(8, now);
                        write.addBatch();
                    }
                }
                write.executeBatch();
                try (ResultSet keys = write.getGeneratedKeys()) {
                    for (Long institution : order) {
                        if (!keys.next()) {
                            throw new IllegalStateException("No id for the compliance of institution " + institution);
                        }
                        complianceIds.put(institution, keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement read = c.prepareStatement("SELECT s.institution_id, s.staff_number, s.name, "
                    + "s.department FROM staff_member s JOIN institution i ON i.id = s.institution_id "
                    + "WHERE s.institution_id IN (" + ids + ") AND " + IN_SCOPE + " AND NOT " + TRAINED);
                 PreparedStatement write = jp.medsec.imports.BulkStatements.prepare(c, "INSERT INTO training_compliance_missing "
                         + "(compliance_id, staff_number, name, department) VALUES (?, ?, ?, ?)")) {
                int p = bind(read, 1, institutionIds);
                read.setDate(p++, asOf);
                read.setDate(p++, asOf);
                read.setDate(p++, from);
                read.setDate(p, asOf);
                read.setFetchSize(1000);
                int batched = 0;
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        write.setLong(1, complianceIds.get(r.getLong(1)));
                        write.setString(2, r.getString(2));
                        write.setString(3, r.getString(3));
                        write.setString(4, r.getString(4));
                        write.addBatch();
                        if (++batched % 1000 == 0) {
                            write.executeBatch();
                        }
                    }
                }
                write.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Training compliance could not be computed: " + e.getMessage(), e);
        }
    }

    /** Marks the run finished. */
    public void finish(Run run) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE training_compliance_run SET finished_at = ? WHERE id = ?")) {
            s.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            s.setLong(2, run.id());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The compliance run could not be finished: " + e.getMessage(), e);
        }
    }

    /**
     * Boundaries splitting the institutions into at most {@code parts} id ranges of about equal counts: each range is
     * (after, upTo].
     */
    public List<long[]> ranges(int parts) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM institution ORDER BY id")) {
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            List<long[]> ranges = new java.util.ArrayList<>();
            if (ids.isEmpty()) {
                return ranges;
            }
            int n = Math.max(1, Math.min(parts, ids.size()));
            long after = 0;
            for (int k = 1; k <= n; k++) {
                long upTo = k == n ? Long.MAX_VALUE : ids.get(k * ids.size() / n - 1);
                ranges.add(new long[]{after, upTo});
                after = upTo;
            }
            return ranges;
        } catch (SQLException e) {
            throw new IllegalStateException("The institutions could not be read: " + e.getMessage(), e);
        }
    }

    private static int bind(PreparedStatement s, int first, List<Long> ids) throws SQLException {
        int p = first;
        for (Long id : ids) {
            s.setLong(p++, id);
        }
        return p;
    }
}
