package jp.medsec.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Ready only while MariaDB answers and the schema is there ({@code /health/ready} on the management port). */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version(), (SELECT version FROM flyway_schema_history "
                     + "WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1)")) {
            rs.next();
            return HealthCheckResponse.named("database").up()
                    .withData("server", rs.getString(1))
                    .withData("schemaVersion", String.valueOf(rs.getString(2)))
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
