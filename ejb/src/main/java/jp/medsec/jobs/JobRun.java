package jp.medsec.jobs;

import java.time.Instant;
import java.util.List;

/**
 * One execution of a batch job as staff and the API see it: status and, per step, how far it got; and, where crash
 * recovery closed it or started it, what happened ({@code recovery}, else null).
 */
public record JobRun(long executionId, String job, String batchStatus, String exitStatus, Instant started, Instant ended,
                     List<StepRun> steps, boolean superseded, JobRecords.Recovery recovery)
        implements java.io.Serializable {

    public JobRun withRecovery(JobRecords.Recovery found) {
        return new JobRun(executionId, job, batchStatus, exitStatus, started, ended, steps, superseded, found);
    }

    /** This execution died with its server and was closed by recovery (rather than being the restart). */
    public boolean isCrashed() {
        return recovery != null && recovery.executionId() == executionId;
    }

    /** This execution is the restart of one that died with its server. */
    public boolean isResumed() {
        return recovery != null && recovery.restartedAs() != null && recovery.restartedAs() == executionId;
    }

    public record StepRun(String step, String batchStatus, long read, long written, long filtered, long commits) implements java.io.Serializable {
    }

    public boolean isRunning() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    /** FAILED or STOPPED, and not already restarted: only the latest execution of a job instance can be. */
    public boolean isRestartable() {
        return ("FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus)) && !superseded;
    }
}
