package jp.medsec.training.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Marks the run finished once every partition has computed its institutions. */
@Named
@Dependent
public class ComplianceRunFinisher extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private ComplianceRuns runs;

    @Override
    public String process() {
        ComplianceRuns.Run run = runs.of(job.getInstanceId());
        runs.finish(run);
        return "FY" + run.fiscalYear() + " finished";
    }
}
