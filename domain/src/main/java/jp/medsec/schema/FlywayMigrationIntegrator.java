package jp.medsec.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies the Flyway migrations ({@code db/migration/V*__*.sql}) while the persistence unit starts, before
 * Hibernate validates the mapping against the schema ({@code hbm2ddl=validate}). A deployment therefore either
 * runs on the schema its entities expect or does not start.
 */
public class FlywayMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Flyway flyway = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // JBeret creates its job-repository tables in this database when the server boots, before any
                // deployment: a schema holding only those is "non-empty" to Flyway, so it starts from version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
