package jp.medsec.jobs;

import java.time.Instant;
import java.util.List;

/** One execution of a batch job as staff and the API see it: status and, per step, how far it got. */
public record JobRun(long executionId, String job, String batchStatus, String exitStatus, Instant started, Instant ended,
                     List<StepRun> steps) {

    public record StepRun(String step, String batchStatus, long read, long written, long filtered, long commits) {
    }

    public boolean isRunning() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean isRestartable() {
        return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
    }
}
