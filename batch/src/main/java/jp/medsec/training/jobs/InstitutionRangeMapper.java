package jp.medsec.training.jobs;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Properties;

/** Splits the institutions into id ranges of about equal counts, one partition each (properties after, upTo). */
@Named
@Dependent
public class InstitutionRangeMapper implements PartitionMapper {

    /** Partitions running side by side: the batch pool (16 threads) keeps room for other jobs. */
    static final int PARTITIONS = 4;

    @Inject
    private ComplianceRuns runs;

    @Override
    public PartitionPlan mapPartitions() {
        List<long[]> ranges = runs.ranges(PARTITIONS);
        if (ranges.isEmpty()) {
            ranges = List.of(new long[]{0, 0});
        }
        Properties[] properties = new Properties[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("after", Long.toString(ranges.get(i)[0]));
            properties[i].setProperty("upTo", Long.toString(ranges.get(i)[1]));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionProperties(properties);
        return plan;
    }
}
