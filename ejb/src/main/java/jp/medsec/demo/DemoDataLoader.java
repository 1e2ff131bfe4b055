package jp.medsec.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * Fills an empty registry with demo data when the server is started with {@code -Dmedsec.demo-data=true} (or
 * {@code MEDSEC_DEMO_DATA=true}). One transaction: either all of it is there or none.
 */
@Singleton
@Startup
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    /** Injected so that the persistence unit, and with it the Flyway migration, is up before this runs. */
    @PersistenceUnit(unitName = "medsec")
    private EntityManagerFactory persistenceUnit;

    @PostConstruct
    void loadIfAsked() {
        if (!setting("medsec.demo-data", "MEDSEC_DEMO_DATA", "false").equalsIgnoreCase("true")) {
            return;
        }
        DemoDataGenerator.Size size = new DemoDataGenerator.Size(
                Integer.parseInt(setting("medsec.demo.institutions", "MEDSEC_DEMO_INSTITUTIONS", "300")),
                Integer.parseInt(setting("medsec.demo.holders", "MEDSEC_DEMO_HOLDERS", "2000")));
        try {
            DemoDataGenerator generator = new DemoDataGenerator(dataSource, LocalDate.now(JAPAN), 20_260_401L);
            if (generator.registryIsEmpty()) {
                generator.generate(size);
            } else {
                LOG.info("Demo data asked for, but the registry already holds data: left as it is");
            }
        } catch (SQLException e) {
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
