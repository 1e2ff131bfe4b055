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

/**
 * Ready only while MariaDB answers and the schema is there. Served as {@code GET /api/v1/health} (see
 * {@code HealthResource}) and offered to MicroProfile Health as a readiness check.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    /** What the check found: up or not, the server's version, the schema version, or the error. */
    public record Result(boolean up, String server, String schemaVersion, String error) {
    }

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    public Result check() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version(), (SELECT version FROM flyway_schema_history "
                     + "WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1)")) {
            rs.next();
            return new Result(true, rs.getString(1), rs.getString(2), null);
        } catch (Exception e) {
            return new Result(false, null, null, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public HealthCheckResponse call() {
        Result result = check();
        return result.up()
                ? HealthCheckResponse.named("database").up().withData("server", result.server())
                        .withData("schemaVersion", String.valueOf(result.schemaVersion())).build()
                : HealthCheckResponse.named("database").down().withData("error", result.error()).build();
    }
}
