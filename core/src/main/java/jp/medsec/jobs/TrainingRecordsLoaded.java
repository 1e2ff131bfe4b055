package jp.medsec.jobs;

import java.util.List;

/**
 * Training records arrived in bulk by another way than an upload (the demo data, a migration): the compliance figures
 * of these fiscal years are to be computed now rather than at the calendar's next run. A CDI event, fired after the
 * records are committed.
 */
public record TrainingRecordsLoaded(List<Integer> fiscalYears) {

    public TrainingRecordsLoaded {
        fiscalYears = List.copyOf(fiscalYears);
    }
}
