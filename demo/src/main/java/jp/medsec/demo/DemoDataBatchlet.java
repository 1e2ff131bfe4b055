package jp.medsec.demo;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The {@code demo-data} job's only step: generates into an empty registry in one transaction (all or nothing).
 * Exit status {@code GENERATED} or {@code SKIPPED_NOT_EMPTY}.
 */
@Named
@Dependent
public class DemoDataBatchlet extends AbstractBatchlet {

    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<jp.medsec.jobs.TrainingRecordsLoaded> trainingLoaded;

    @Inject
    @BatchProperty
    private String institutions;

    @Inject
    @BatchProperty
    private String holders;

    @Inject
    @BatchProperty
    private String seed;

    @Inject
    private StepContext step;

    @Inject
    private JobContext job;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Override
    public String process() throws Exception {
        DemoDataGenerator.Size size = new DemoDataGenerator.Size(Integer.parseInt(institutions.strip()),
                Integer.parseInt(holders.strip()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Optional<DemoDataGenerator.Result> result = DemoDataTransaction.generateIfEmpty(transaction, dataSource,
                today, Long.parseLong(seed.strip()), size);
        if (result.isPresent()) {
            trainingLoaded.fire(DemoTraining.loaded(today));
        }
        String exit = result.isPresent() ? "GENERATED" : "SKIPPED_NOT_EMPTY";
        result.ifPresent(r -> step.setPersistentUserData(r.holders() + " holders, " + r.institutions() + " institutions"));
        job.setExitStatus(exit);
        return exit;
    }
}
