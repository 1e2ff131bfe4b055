package jp.medsec.web.health;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.Readiness;

/** Readiness for load balancers and the container's health check: 200 while MariaDB answers, else 503. */
@Path("health")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** @Readiness is a CDI qualifier: the check is injected by it. */
    @Inject
    @Readiness
    private DatabaseReadinessCheck database;

    @GET
    public Response ready() {
        DatabaseReadinessCheck.Result result = database.check();
        JsonObjectBuilder db = Json.createObjectBuilder().add("status", result.up() ? "UP" : "DOWN");
        if (result.up()) {
            db.add("server", result.server()).add("schemaVersion", String.valueOf(result.schemaVersion()));
        }
        return Response.status(result.up() ? 200 : 503)
                .entity(Json.createObjectBuilder().add("status", result.up() ? "UP" : "DOWN").add("database", db).build())
                .build();
    }
}
