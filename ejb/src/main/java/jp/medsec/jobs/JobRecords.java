package jp.medsec.jobs;

import jp.medsec.batch.JobStarts;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job repository's rows as crash recovery and the purge see them, and the nodes' heartbeats. Plain JDBC: JBeret
 * writes its times in the JVM's zone through JDBC, so they are read back the same way; ours are the database's UTC
 * clock, the one clock every node shares.
 */
@Stateless
public class JobRecords {

    static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    private static final String RUNNING_IN = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    /** An execution the job repository says is running. */
    public record Running(long executionId, String job, String status, Instant created, String node) {
    }

    /** What recovery did to an execution, for the jobs page. */
    public record Recovery(long executionId, String deadNode, String wasStatus, Instant recoveredAt, Long restartedAs,
                           String restartFailure) implements java.io.Serializable {
    }

    /** This node has (re)started at {@code started}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(String node, Instant started) {
        update("INSERT INTO server_node (name, started_at, seen_at) VALUES (?, ?, UTC_TIMESTAMP(6)) "
                + "ON DUPLICATE KEY UPDATE started_at = VALUES(started_at), seen_at = UTC_TIMESTAMP(6)", node, utc(started));
    }

    /** This node is alive. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void heartbeat(String node) {
        update("INSERT INTO server_node (name, started_at, seen_at) VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)) "
                + "ON DUPLICATE KEY UPDATE seen_at = UTC_TIMESTAMP(6)", node);
    }

    /** The nodes other than this one that have said nothing for {@code silentMinutes}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> silentNodes(String self, int silentMinutes) {
        Set<String> silent = new java.util.HashSet<>();
        query("SELECT name FROM server_node WHERE name <> ? AND seen_at < UTC_TIMESTAMP(6) - INTERVAL ? MINUTE",
                rs -> silent.add(rs.getString(1)), self, silentMinutes);
        return silent;
    }

    /** The nodes known at all (alive or not). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> knownNodes() {
        Set<String> known = new java.util.HashSet<>();
        query("SELECT name FROM server_node", rs -> known.add(rs.getString(1)));
        return known;
    }

    /** Executions of these jobs that the repository says are running, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Running> running(Set<String> jobs) {
        List<Running> running = new ArrayList<>();
        if (jobs.isEmpty() || !repositoryExists()) {
            return running;
        }
        query("SELECT e.JOBEXECUTIONID, i.JOBNAME, e.BATCHSTATUS, e.CREATETIME, e.JOBPARAMETERS FROM JOB_EXECUTION e "
                + "JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE e.BATCHSTATUS IN " + RUNNING_IN
                + " ORDER BY e.JOBEXECUTIONID", rs -> {
                    if (jobs.contains(rs.getString(2))) {
                        Timestamp created = rs.getTimestamp(4);
                        running.add(new Running(rs.getLong(1), rs.getString(2), rs.getString(3),
                                created == null ? Instant.EPOCH : created.toInstant(), nodeOf(rs.getString(5))));
                    }
                });
        return running;
    }

    /**
     * The executions that want a person, newest first: of each job, the newest run of its newest instance if it failed
     * or was stopped (a later run that completed makes an older failure history), and any run still going that began
     * before {@code stuckBefore}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> needingAttention(Collection<String> jobs, Instant stuckBefore) {
        List<Long> ids = new ArrayList<>();
        if (jobs.isEmpty() || !repositoryExists()) {
            return ids;
        }
        String in = String.join(", ", Collections.nCopies(jobs.size(), "?"));
        List<Object> parameters = new ArrayList<>(jobs);
        parameters.addAll(jobs);
        parameters.add(Timestamp.from(stuckBefore));
        query("SELECT e.JOBEXECUTIONID FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID "
                + "WHERE i.JOBNAME IN (" + in + ") AND e.BATCHSTATUS IN ('FAILED', 'STOPPED') "
                + "AND e.JOBEXECUTIONID = (SELECT MAX(x.JOBEXECUTIONID) FROM JOB_EXECUTION x "
                + "  JOIN JOB_INSTANCE j ON j.JOBINSTANCEID = x.JOBINSTANCEID WHERE j.JOBNAME = i.JOBNAME) "
                + "UNION SELECT e.JOBEXECUTIONID FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID "
                + "WHERE i.JOBNAME IN (" + in + ") AND e.BATCHSTATUS IN " + RUNNING_IN + " AND e.CREATETIME < ? "
                + "ORDER BY 1 DESC", rs -> ids.add(rs.getLong(1)), parameters.toArray());
        return ids;
    }

    /**
     * Marks a dead execution FAILED, with its steps and partitions, so that it can be restarted from its checkpoint;
     * answers false when another node (or the run itself, ending) got there first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean markFailed(Running run, String recoveredBy, String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        int rows = update("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ?, "
                + "LASTUPDATEDTIME = ?, VERSION = COALESCE(VERSION, 0) + 1 WHERE JOBEXECUTIONID = ? "
                + "AND BATCHSTATUS IN " + RUNNING_IN, reason, now, now, run.executionId());
        if (rows == 0) {
            return false;
        }
        update("UPDATE PARTITION_EXECUTION p JOIN STEP_EXECUTION s ON s.STEPEXECUTIONID = p.STEPEXECUTIONID "
                + "SET p.BATCHSTATUS = 'FAILED', p.VERSION = COALESCE(p.VERSION, 0) + 1 WHERE s.JOBEXECUTIONID = ? "
                + "AND p.BATCHSTATUS IN " + RUNNING_IN, run.executionId());
        update("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', ENDTIME = ?, VERSION = COALESCE(VERSION, 0) + 1 "
                + "WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN " + RUNNING_IN, now, run.executionId());
        update("INSERT INTO job_recovery (execution_id, job_name, dead_node, was_status, recovered_by, recovered_at) "
                + "VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6))", run.executionId(), run.job(), run.node(), run.status(),
                recoveredBy);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void restarted(long executionId, Long restartedAs, String failure) {
        update("UPDATE job_recovery SET restarted_as = ?, restart_failure = ? WHERE execution_id = ?", restartedAs,
                failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)), executionId);
    }

    /** What recovery did, for these executions (the recovered ones and the restarts they became). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, Recovery> recoveries(java.util.Collection<Long> executionIds) {
        Map<Long, Recovery> found = new java.util.HashMap<>();
        if (executionIds.isEmpty()) {
            return found;
        }
        String in = String.join(",", executionIds.stream().map(String::valueOf).toList());
        query("SELECT execution_id, dead_node, was_status, recovered_at, restarted_as, restart_failure FROM job_recovery "
                + "WHERE execution_id IN (" + in + ") OR restarted_as IN (" + in + ")", rs -> {
                    long restartedAs = rs.getLong(5);
                    Recovery recovery = new Recovery(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4, utcCalendar()).toInstant(), rs.wasNull() ? null : restartedAs,
                            rs.getString(6));
                    found.put(recovery.executionId(), recovery);
                    if (recovery.restartedAs() != null) {
                        found.put(recovery.restartedAs(), recovery);
                    }
                });
        return found;
    }

    /**
     * Deletes the job instances whose executions all ended before {@code before} (none running), with their
     * executions, steps and partitions, and what recovery noted of them; answers how many instances went.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeEndedBefore(Instant before) {
        if (!repositoryExists()) {
            return 0;
        }
        Timestamp limit = Timestamp.from(before);
        List<Long> instances = new ArrayList<>();
        query("SELECT i.JOBINSTANCEID FROM JOB_INSTANCE i WHERE NOT EXISTS (SELECT 1 FROM JOB_EXECUTION e "
                + "WHERE e.JOBINSTANCEID = i.JOBINSTANCEID AND (e.ENDTIME IS NULL OR e.ENDTIME >= ? "
                + "OR e.BATCHSTATUS IN " + RUNNING_IN + ")) LIMIT 5000", rs -> instances.add(rs.getLong(1)), limit);
        if (instances.isEmpty()) {
            return 0;
        }
        String in = String.join(",", instances.stream().map(String::valueOf).toList());
        String executions = "SELECT JOBEXECUTIONID FROM JOB_EXECUTION WHERE JOBINSTANCEID IN (" + in + ")";
        update("DELETE FROM job_recovery WHERE execution_id IN (" + executions + ")");
        update("DELETE p FROM PARTITION_EXECUTION p JOIN STEP_EXECUTION s ON s.STEPEXECUTIONID = p.STEPEXECUTIONID "
                + "WHERE s.JOBEXECUTIONID IN (" + executions + ")");
        update("DELETE FROM STEP_EXECUTION WHERE JOBEXECUTIONID IN (" + executions + ")");
        update("DELETE FROM JOB_EXECUTION WHERE JOBINSTANCEID IN (" + in + ")");
        return update("DELETE FROM JOB_INSTANCE WHERE JOBINSTANCEID IN (" + in + ")");
    }

    /** The node named in an execution's parameters (JBeret stores them as {@code key = value} lines). */
    static String nodeOf(String parameters) {
        if (parameters == null) {
            return null;
        }
        for (String line : parameters.split("\\R")) {
            int equals = line.indexOf('=');
            if (equals > 0 && line.substring(0, equals).strip().equals(JobStarts.NODE)) {
                return line.substring(equals + 1).strip();
            }
        }
        return null;
    }

    /** JBeret creates its tables on first use: before that there is nothing to recover or purge. */
    private boolean repositoryExists() {
        boolean[] exists = {false};
        query("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'JOB_EXECUTION'",
                rs -> exists[0] = true);
        return exists[0];
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Rows rows, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof UtcTime t) {
                ps.setTimestamp(i + 1, Timestamp.from(t.instant()), utcCalendar());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    /** A time stored in one of our own tables, which hold UTC. */
    private record UtcTime(Instant instant) {
    }

    private static UtcTime utc(Instant instant) {
        return new UtcTime(instant);
    }

    private static java.util.Calendar utcCalendar() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }
}
