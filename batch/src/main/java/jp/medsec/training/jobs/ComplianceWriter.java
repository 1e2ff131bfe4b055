package jp.medsec.training.jobs;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Computes a chunk of institutions in the database, in the chunk's transaction. */
@Named
@Dependent
public class ComplianceWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private ComplianceRuns runs;

    private ComplianceRuns.Run run;

    @Override
    public void writeItems(List<Object> items) {
        if (run == null) {
            run = runs.of(job.getInstanceId());
        }
        runs.compute(run, items.stream().map(Long.class::cast).toList());
    }
}
