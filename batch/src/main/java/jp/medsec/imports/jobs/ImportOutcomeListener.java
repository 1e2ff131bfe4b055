package jp.medsec.imports.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.history.ActingFor;
import jp.medsec.imports.ImportRuns;

/**
 * Keeps the import's record in step with its job: a restarted execution runs it again; an execution that ends without
 * finishing (a failure, a stop) marks it failed, its staged file kept for a restart. A finished import is left as is.
 */
@Named
@Dependent
public class ImportOutcomeListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String importId;

    @Inject
    private ImportRuns runs;

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() {
        runs.resume(Long.parseLong(importId), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        ActingFor.end();
        String status = job.getExitStatus() != null ? job.getExitStatus() : String.valueOf(job.getBatchStatus());
        runs.fail(Long.parseLong(importId), "The import stopped before its end (" + status + ")");
    }
}
