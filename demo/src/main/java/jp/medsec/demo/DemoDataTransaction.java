package jp.medsec.demo;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Optional;

/** Generates into an empty registry in one transaction: either all of it is there or none. */
final class DemoDataTransaction {

    /** Large sizes (the Japan-scale benchmark set) need longer than the default transaction timeout. */
    private static final int TIMEOUT_SECONDS = 3600;

    private DemoDataTransaction() {
    }

    /** The result, or empty when the registry already holds data (it is then left as it is). */
    static Optional<DemoDataGenerator.Result> generateIfEmpty(UserTransaction transaction, DataSource dataSource,
                                                              LocalDate today, long seed, DemoDataGenerator.Size size)
            throws Exception {
        DemoDataGenerator generator = new DemoDataGenerator(dataSource, today, seed);
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            if (!generator.registryIsEmpty()) {
                transaction.rollback();
                return Optional.empty();
            }
            DemoDataGenerator.Result result = generator.generate(size);
            transaction.commit();
            return Optional.of(result);
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        } finally {
            transaction.setTransactionTimeout(0);
        }
    }
}
