package jp.medsec.web.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.account.Role;
import jp.medsec.shared.NotFound;
import jp.medsec.training.TrainingCompliances;
import jp.medsec.training.TrainingKind;
import jp.medsec.web.api.ApiException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /api/v1/institutions/{institutionCode}/training-compliance/{fiscalYear}}: the figures of the last
 * training-compliance run for that year, exactly as API.md; 404 before any run and for an institution not the caller's.
 */
@Path("institutions/{institutionCode}/training-compliance/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class TrainingComplianceResource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private TrainingCompliances compliances;

    @GET
    public Response compliance(@PathParam("institutionCode") String institutionCode,
                               @PathParam("fiscalYear") String fiscalYear) {
        int year;
        try {
            year = Integer.parseInt(fiscalYear.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("fiscalYear", "must be a year such as 2026");
        }
        TrainingCompliances.Result result;
        try {
            result = compliances.latest(institutionCode, year).orElseThrow(() -> ApiException.notFound(
                    "The training-compliance job has not run for fiscal year " + year + " yet."));
        } catch (NotFound e) {
            throw ApiException.notFound("There is no institution " + institutionCode + ".");
        }
        JsonArrayBuilder kinds = Json.createArrayBuilder();
        for (TrainingKind kind : result.qualifyingKinds()) {
            kinds.add(kind.name());
        }
        JsonArrayBuilder missing = Json.createArrayBuilder();
        compliances.missing(result).forEach(missing::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("institutionCode", result.institutionCode())
                .add("fiscalYear", result.fiscalYear())
                .add("asOf", result.asOf().toString())
                .add("tier", result.tier().name())
                .add("qualifyingKinds", kinds)
                .add("inScope", result.inScope())
                .add("trained", result.trained());
        if (result.rate() == null) {
            body.addNull("rate");
        } else {
            body.add("rate", result.rate());
        }
        body.add("missing", missing)
                .add("computedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        result.computedAt().truncatedTo(ChronoUnit.SECONDS).atZone(JAPAN).toOffsetDateTime()));
        return Response.ok(body.build()).build();
    }
}
