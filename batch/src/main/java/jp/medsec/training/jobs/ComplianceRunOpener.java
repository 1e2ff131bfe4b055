package jp.medsec.training.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;

/**
 * Opens the run of this job instance: the fiscal year (parameter {@code fiscalYear}, default the current one in Japan)
 * and the as-of day from {@code today} (default today in Japan), as API.md says.
 */
@Named
@Dependent
public class ComplianceRunOpener extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    private ComplianceRuns runs;

    @Inject
    @BatchProperty
    private String fiscalYear;

    @Inject
    @BatchProperty
    private String today;

    @Override
    public String process() {
        LocalDate day = today == null || today.isBlank() ? JapaneseDates.today() : LocalDate.parse(today.strip());
        int year = fiscalYear == null || fiscalYear.isBlank() ? CertificationCycle.fiscalYearOf(day)
                : Integer.parseInt(fiscalYear.strip());
        ComplianceRuns.Run run = runs.open(job.getInstanceId(), year, day);
        return "FY" + run.fiscalYear() + " as of " + run.asOf();
    }
}
