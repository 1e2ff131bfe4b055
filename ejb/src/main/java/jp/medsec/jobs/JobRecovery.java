package jp.medsec.jobs;

import jp.medsec.batch.JobStarts;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Crash recovery of batch jobs. JBeret leaves the executions of a server killed mid-run {@code STARTED} for ever, and
 * refuses to restart them. Each execution names the node that runs it ({@link JobStarts}); so at start-up this node
 * closes its own executions that began before this JVM did (they died with the previous one), and every minute any
 * node closes those of a node silent for {@value #SILENT_MINUTES} minutes. Closing marks the execution, its steps and
 * partitions FAILED with the reason, which one node only wins (a conditional update); the winner restarts the job,
 * which resumes from its last checkpoint. The jobs page shows both executions and what happened between them.
 * Job records older than {@value #KEEP_DAYS} days are purged every night.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRecovery {

    static final int SILENT_MINUTES = 3;
    static final int KEEP_DAYS = 90;
    /** The exit status of an execution closed here. */
    public static final String CRASHED = "CRASHED";
    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());
    /** Jobs never restarted by recovery: the demo data goes in at start-up anyway, in one transaction. */
    private static final Set<String> NOT_RESTARTED = Set.of("demo-data");

    @Inject
    private JobRecords records;

    @Resource
    private TimerService timers;

    private final String node = JobStarts.node();
    private final Instant jvmStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @PostConstruct
    void started() {
        try {
            records.register(node, jvmStarted);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Node " + node + " could not register; crash recovery waits for the next minute", e);
        }
        // After deployment, not during it: the restarted jobs need the whole application.
        timers.createSingleActionTimer(Duration.ofSeconds(5).toMillis(), new TimerConfig("job-recovery", false));
    }

    @Timeout
    void afterStart() {
        recoverDeadRuns();
    }

    /** Every minute on every node: this node is alive, and the runs of nodes that are not are taken over. */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "node-heartbeat")
    void heartbeat() {
        try {
            records.heartbeat(node);
            recoverDeadRuns();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Heartbeat of node " + node + " failed (database unavailable?)", e);
        }
    }

    /** Job records are kept {@value #KEEP_DAYS} days after their last execution ended. */
    @Schedule(hour = "5", minute = "15", timezone = "Asia/Tokyo", persistent = false, info = "job-record-purge")
    void purge() {
        int purged = records.purgeEndedBefore(Instant.now().minus(Duration.ofDays(KEEP_DAYS)));
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " job instances that ended more than " + KEEP_DAYS + " days ago");
        }
    }

    /**
     * Closes the runs that died with their server and restarts them; answers what was done, one entry per execution.
     * Safe to call on every node at any time: a live run is never touched, a dead one is taken by one node only.
     */
    public synchronized List<Recovered> recoverDeadRuns() {
        List<Recovered> done = new ArrayList<>();
        Set<String> jobs = new HashSet<>(JobControl.LISTED);
        Set<String> silent = records.silentNodes(node, SILENT_MINUTES);
        Set<String> known = records.knownNodes();
        Instant silentSince = Instant.now().minus(Duration.ofMinutes(SILENT_MINUTES));
        for (JobRecords.Running run : records.running(jobs)) {
            String reason = deathOf(run, silent, known, silentSince);
            if (reason == null || !records.markFailed(run, node, CRASHED + ": " + reason)) {
                continue;
            }
            LOG.warning(() -> "Job " + run.job() + " execution " + run.executionId() + " was " + run.status()
                    + " when " + reason + "; marked FAILED");
            Long restartedAs = null;
            String failure = null;
            if (!NOT_RESTARTED.contains(run.job())) {
                try {
                    restartedAs = JobStarts.restart(run.executionId());
                    long id = restartedAs;
                    LOG.info(() -> "Job " + run.job() + " execution " + run.executionId() + " restarted as " + id
                            + " from its last checkpoint");
                } catch (RuntimeException e) {
                    failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                    LOG.log(Level.WARNING, "Job " + run.job() + " execution " + run.executionId()
                            + " could not be restarted; staff can restart it from the jobs page", e);
                }
            }
            records.restarted(run.executionId(), restartedAs, failure);
            done.add(new Recovered(run.executionId(), run.job(), run.node(), restartedAs));
        }
        return done;
    }

    /** Why a running execution is dead, or null when it may be alive. */
    private String deathOf(JobRecords.Running run, Set<String> silent, Set<String> known, Instant silentSince) {
        String owner = run.node();
        if (owner == null || owner.equals(node)) {
            // Ours (or of a server before executions named their node): dead if begun before this JVM.
            return run.created().isBefore(jvmStarted)
                    ? "the server " + (owner == null ? "" : owner + " ") + "stopped during the run" : null;
        }
        if (silent.contains(owner)) {
            return "the server " + owner + " stopped during the run (silent for " + SILENT_MINUTES + " minutes)";
        }
        if (!known.contains(owner) && run.created().isBefore(silentSince)) {
            return "the server " + owner + " that ran it is unknown";
        }
        return null;
    }

    /** One execution closed by recovery and, unless it could not be, the execution that resumed it. */
    public record Recovered(long executionId, String job, String deadNode, Long restartedAs) {
    }
}
