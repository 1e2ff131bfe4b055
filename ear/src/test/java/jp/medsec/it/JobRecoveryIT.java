package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jp.medsec.jobs.JobRecovery;
import jp.medsec.batch.JobStarts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crash recovery without killing the server: the job repository is given the rows a server killed in the middle of
 * sending mail leaves behind (an execution and its step {@code STARTED}, a checkpoint after the first mail, naming a
 * node that is gone), beside a run of a node that is alive and a run this server started since it came up. Recovery
 * closes the dead run only, restarts it, and the restart sends what was left after the checkpoint, once.
 */
@ExtendWith(ArquillianExtension.class)
class JobRecoveryIT {

    @Deployment
    static WebArchive deployment() {
        // GreenMail runs inside the server here, as the SMTP server the resumed run sends to.
        return Deployments.services("job-recovery-it", JobRecoveryIT.class)
                .addAsLibrary(new java.io.File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
    }

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Inject
    private JobRecovery recovery;

    @Inject
    private jp.medsec.jobs.JobRecords records;

    private final List<Long> planted = new ArrayList<>();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRunLeftStartedByADeadServerIsClosedAndResumedFromItsCheckpoint() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            deadRunIsResumed(smtp);
        } finally {
            smtp.stop();
        }
    }

    private void deadRunIsResumed(GreenMail smtp) throws Exception {
        long first = mail("first");
        long second = mail("second");
        long third = mail("third");
        Timestamp tenMinutesAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        long dead = plantRun("mail-send", "gone-" + tag, tenMinutesAgo, first);
        // A node that is alive (it said so just now) and a run this very server began after it started: both live.
        sql("INSERT INTO server_node (name, started_at, seen_at) VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                "alive-" + tag);
        long otherNodes = plantRun("mail-send", "alive-" + tag, tenMinutesAgo, null);
        long ours = plantRun("mail-send", JobStarts.node(), Timestamp.from(Instant.now()), null);

        recovery.recoverDeadRuns();

        // This call, or the heartbeat of another deployment on this server in the same instant, closed it: once.
        Object[] recovered = awaitRow("SELECT restarted_as, dead_node, was_status, recovered_by FROM job_recovery "
                + "WHERE execution_id = ? AND restarted_as IS NOT NULL", dead);
        long restart = ((Number) recovered[0]).longValue();
        assertEquals("gone-" + tag, recovered[1]);
        assertEquals("STARTED", recovered[2]);
        assertEquals(JobStarts.node(), recovered[3]);

        Object[] closed = row("SELECT BATCHSTATUS, EXITSTATUS, ENDTIME FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", dead);
        assertEquals("FAILED", closed[0]);
        assertTrue(((String) closed[1]).startsWith(JobRecovery.CRASHED + ": the server gone-" + tag), (String) closed[1]);
        assertNotNull(closed[2], "the dead run has an end now");
        assertEquals("FAILED", row("SELECT BATCHSTATUS FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?", dead)[0]);

        awaitRow("SELECT 1 FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ? AND BATCHSTATUS NOT IN "
                + "('STARTING', 'STARTED', 'STOPPING')", restart);
        Object[] resumed = row("SELECT e.BATCHSTATUS, e.JOBINSTANCEID = d.JOBINSTANCEID, e.JOBPARAMETERS FROM JOB_EXECUTION e, "
                + "JOB_EXECUTION d WHERE e.JOBEXECUTIONID = ? AND d.JOBEXECUTIONID = ?", restart, dead);
        assertEquals("COMPLETED", resumed[0]);
        assertEquals(1L, ((Number) resumed[1]).longValue(), "a restart of the same job instance");
        assertTrue(((String) resumed[2]).contains(JobStarts.NODE + " = " + JobStarts.node()), (String) resumed[2]);
        // Resumed after the checkpoint: the first mail is not read again, the other two are sent.
        assertEquals(2L, ((Number) row("SELECT READCOUNT FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = 'send'",
                restart)[0]).longValue());
        assertNotNull(row("SELECT sent_at FROM mail_outbox WHERE id = ?", second)[0]);
        assertNotNull(row("SELECT sent_at FROM mail_outbox WHERE id = ?", third)[0]);
        for (String which : List.of("second", "third")) {
            assertEquals(1, java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m)
                    .equals("recovery-" + which + "-" + tag + "@example.org")).count(), which + " mail sent once");
        }

        // The closed run was restarted already: staff are not offered to restart it again (only the latest can be).
        java.net.http.HttpResponse<String> again = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:8080/api/v1/jobs/executions/"
                                + dead + "/restart"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "staff:medsec-staff".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("restarted already"), again.body());

        assertEquals("STARTED", row("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", otherNodes)[0],
                "a run of a node that is alive is left alone");
        assertEquals("STARTED", row("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", ours)[0],
                "a run this server started since it came up is left alone");
        assertNull(row("SELECT COUNT(*) FROM job_recovery WHERE execution_id IN (?, ?) HAVING COUNT(*) > 0",
                otherNodes, ours), "nothing recorded for the live runs");

        recovery.recoverDeadRuns();
        assertEquals(1L, ((Number) row("SELECT COUNT(*) FROM JOB_EXECUTION WHERE JOBINSTANCEID = (SELECT JOBINSTANCEID "
                + "FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?) AND JOBEXECUTIONID > ?", dead, dead)[0]).longValue(),
                "a second recovery restarts nothing again");
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jobRecordsThatEndedLongAgoArePurged() throws Exception {
        long old = plantRun("mail-send", "gone-" + tag, Timestamp.from(Instant.now().minus(Duration.ofDays(100))), null,
                "COMPLETED");
        long recent = plantRun("mail-send", "gone-" + tag, Timestamp.from(Instant.now().minus(Duration.ofDays(10))), null,
                "COMPLETED");

        records.purgeEndedBefore(Instant.now().minus(Duration.ofDays(90)));

        assertNull(row("SELECT 1 FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", old), "ended 100 days ago: purged");
        assertNull(row("SELECT 1 FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?", old), "with its steps");
        assertNotNull(row("SELECT 1 FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", recent), "ended 10 days ago: kept");
    }

    /** The planted runs go, so that no phantom stays on the jobs page for the other tests. */
    @AfterEach
    void removePlantedRuns() throws Exception {
        for (long execution : planted) {
            sql("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'ABANDONED', ENDTIME = NOW() WHERE JOBEXECUTIONID = ? "
                    + "AND BATCHSTATUS = 'STARTED'", execution);
        }
        sql("DELETE FROM server_node WHERE name = ?", "alive-" + tag);
        sql("DELETE FROM mail_outbox WHERE dedup_key LIKE ?", "recovery-it:" + tag + ":%");
    }

    private long mail(String which) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO mail_outbox (dedup_key, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "recovery-it:" + tag + ":" + which);
            ps.setString(2, "recovery-" + which + "-" + tag + "@example.org");
            ps.setString(3, "Recovery " + which);
            ps.setString(4, "Sent by the run that resumed a dead one.");
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The rows JBeret leaves for a run of {@code job} on {@code node} whose process died; checkpoint after an id. */
    private long plantRun(String job, String node, Timestamp created, Long checkpoint) throws Exception {
        return plantRun(job, node, created, checkpoint, "STARTED");
    }

    private long plantRun(String job, String node, Timestamp created, Long checkpoint, String status) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long instance;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO JOB_INSTANCE (VERSION, JOBNAME, APPLICATIONNAME) "
                    + "VALUES (0, ?, 'medsec-ejb.jar')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, job);
                ps.executeUpdate();
                instance = key(ps);
            }
            long execution;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO JOB_EXECUTION (JOBINSTANCEID, VERSION, CREATETIME, "
                    + "STARTTIME, LASTUPDATEDTIME, BATCHSTATUS, JOBPARAMETERS, ENDTIME) VALUES (?, 1, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, instance);
                ps.setTimestamp(2, created);
                ps.setTimestamp(3, created);
                ps.setTimestamp(4, created);
                ps.setString(5, status);
                ps.setString(6, JobStarts.NODE + " = " + node + "\n");
                ps.setTimestamp(7, status.equals("STARTED") ? null : created);
                ps.executeUpdate();
                execution = key(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO STEP_EXECUTION (JOBEXECUTIONID, VERSION, STEPNAME, "
                    + "STARTTIME, BATCHSTATUS, READCOUNT, WRITECOUNT, COMMITCOUNT, ROLLBACKCOUNT, READSKIPCOUNT, "
                    + "PROCESSSKIPCOUNT, FILTERCOUNT, WRITESKIPCOUNT, READERCHECKPOINTINFO) "
                    + "VALUES (?, 1, 'send', ?, ?, 1, 1, 1, 0, 0, 0, 0, 0, ?)")) {
                ps.setLong(1, execution);
                ps.setTimestamp(2, created);
                ps.setString(3, status);
                ps.setBytes(4, checkpoint == null ? null : serialized(checkpoint));
                ps.executeUpdate();
            }
            planted.add(execution);
            return execution;
        }
    }

    private static long key(PreparedStatement ps) throws Exception {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A reader checkpoint as JBeret stores it: the Serializable, serialized. */
    private static byte[] serialized(Long checkpoint) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(checkpoint);
        }
        return bytes.toByteArray();
    }

    private Object[] awaitRow(String sql, Object... parameters) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Object[] found = row(sql, parameters);
            if (found != null) {
                return found;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no row in 90 s for " + sql);
    }

    private Object[] row(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object[] values = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private void sql(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }
}
