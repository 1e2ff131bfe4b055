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

/**
 * The {@code demo-data} job's only step: generates into an empty registry in one transaction (all or nothing).
 * Exit status {@code GENERATED} or {@code SKIPPED_NOT_EMPTY}.
 */
@Named
@Dependent
public class DemoDataBatchlet extends AbstractBatchlet {

    /** Large sizes (the benchmark set) need longer than the default transaction timeout. */
    private static final int TRANSACTION_TIMEOUT_SECONDS = 3600;

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
        DemoDataGenerator generator = new DemoDataGenerator(dataSource, LocalDate.now(ZoneId.of("Asia/Tokyo")),
                Long.parseLong(seed.strip()));
        transaction.setTransactionTimeout(TRANSACTION_TIMEOUT_SECONDS);
        transaction.begin();
        try {
            if (!generator.registryIsEmpty()) {
                transaction.rollback();
                job.setExitStatus("SKIPPED_NOT_EMPTY");
                return "SKIPPED_NOT_EMPTY";
            }
            DemoDataGenerator.Result result = generator.generate(size);
            transaction.commit();
            job.setExitStatus("GENERATED");
            step.setPersistentUserData(result.holders() + " holders, " + result.institutions() + " institutions");
            return "GENERATED";
        } catch (Exception e) {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }
}
