package jp.medsec.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Fills an empty registry with demo data when the server is started with {@code -Dmedsec.demo-data=true} (or
 * {@code MEDSEC_DEMO_DATA=true}), in one transaction: either all of it is there or none. A CDI bean, not a startup
 * EJB, because this jar lives in the EAR's {@code lib/} (only in a build with the profile {@code demo}), where EJB
 * annotations are not deployed. The application scope starts once per module (the EAR's libraries, the EJB module,
 * the WAR), the EJB module before the WAR ({@code initializeInOrder}), so the data is in before the first request;
 * it is loaded at the first of them only.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final long SEED = 20_260_401L;

    @Inject
    private jakarta.enterprise.event.Event<jp.medsec.jobs.TrainingRecordsLoaded> trainingLoaded;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    /** Injected so that the persistence unit, and with it the Flyway migration, is up before this runs. */
    @PersistenceUnit(unitName = "medsec")
    private EntityManagerFactory persistenceUnit;

    @Inject
    private UserTransaction transaction;

    private boolean done;

    synchronized void loadIfAsked(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (done) {
            return;
        }
        done = true;
        if (!setting("medsec.demo-data", "MEDSEC_DEMO_DATA", "false").equalsIgnoreCase("true")) {
            return;
        }
        DemoDataGenerator.Size size = new DemoDataGenerator.Size(
                Integer.parseInt(setting("medsec.demo.institutions", "MEDSEC_DEMO_INSTITUTIONS", "300")),
                Integer.parseInt(setting("medsec.demo.holders", "MEDSEC_DEMO_HOLDERS", "2000")),
                Integer.parseInt(setting("medsec.demo.leading", "MEDSEC_DEMO_LEADING", "0")),
                Integer.parseInt(setting("medsec.demo.staff", "MEDSEC_DEMO_STAFF", "0")));
        try {
            // Touching the persistence unit makes sure Flyway has migrated the schema the generator writes into.
            persistenceUnit.getMetamodel();
            LocalDate today = LocalDate.now(JAPAN);
            if (DemoDataTransaction.generateIfEmpty(transaction, dataSource, today, SEED, size).isEmpty()) {
                LOG.info("Demo data asked for, but the registry already holds data: left as it is");
            } else {
                trainingLoaded.fire(DemoTraining.loaded(today));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Demo data could not be loaded: " + e.getMessage(), e);
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
