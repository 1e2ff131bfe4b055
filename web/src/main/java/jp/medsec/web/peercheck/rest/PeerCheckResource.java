package jp.medsec.web.peercheck.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.account.Role;
import jp.medsec.peercheck.DeclaredConflict;
import jp.medsec.peercheck.PeerCheckPlans;
import jp.medsec.peercheck.PlanView;
import jp.medsec.web.api.ApiException;

/**
 * The cycle's plan and conflicts exactly as API.md "Mutual security checks" gives them: {@code POST} computes (or
 * recomputes) the draft pairing, {@code GET} reads it; 409 once published, 422 naming the institution when no plan
 * keeps the hard rules.
 */
@Path("peer-checks/{fiscalYear}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STAFF_NAME)
public class PeerCheckResource {

    @Inject
    private PeerCheckPlans plans;

    @POST
    @Path("plan")
    public Response compute(@PathParam("fiscalYear") String fiscalYear) {
        return Response.ok(json(plans.compute(year(fiscalYear)))).build();
    }

    @GET
    @Path("plan")
    public Response plan(@PathParam("fiscalYear") String fiscalYear) {
        int year = year(fiscalYear);
        return Response.ok(json(plans.plan(year).orElseThrow(() -> ApiException.notFound("There is no cycle of fiscal year "
                + year)))).build();
    }

    @GET
    @Path("conflicts")
    public Response conflicts(@PathParam("fiscalYear") String fiscalYear) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (DeclaredConflict c : plans.conflicts(year(fiscalYear))) {
            array.add(Json.createObjectBuilder()
                    .add("between", Json.createArrayBuilder().add(c.getFirst().getInstitutionCode())
                            .add(c.getSecond().getInstitutionCode()))
                    .add("reason", c.getReason())
                    .add("declaredAt", c.getDeclaredAt().toString()));
        }
        return Response.ok(array.build()).build();
    }

    static JsonObject json(PlanView plan) {
        JsonArrayBuilder participants = Json.createArrayBuilder();
        plan.participants().forEach(p -> participants.add(Json.createObjectBuilder()
                .add("institutionCode", p.institutionCode()).add("capacity", p.capacity())));
        JsonArrayBuilder excluded = Json.createArrayBuilder();
        plan.members().stream().filter(m -> !m.takesPart()).forEach(m -> excluded.add(Json.createObjectBuilder()
                .add("institutionCode", m.institutionCode()).add("reason", m.excludedReason())));
        JsonArrayBuilder assignments = Json.createArrayBuilder();
        plan.pairs().forEach(a -> assignments.add(Json.createObjectBuilder()
                .add("checked", a.checkedCode()).add("checker", a.checkerCode()).add("distanceKm", a.distanceKm())
                .add("pinned", a.pinned()).add("cost", a.cost())));
        return Json.createObjectBuilder()
                .add("fiscalYear", plan.fiscalYear())
                .add("status", plan.status().name())
                .add("travelPreference", plan.travelPreference().name())
                .add("conflictsDue", plan.conflictsDue().toString())
                .add("checksDue", plan.checksDue().toString())
                .add("current", plan.current())
                .add("participants", participants)
                .add("excluded", excluded)
                .add("assignments", assignments)
                .add("totalDistanceKm", plan.totalDistanceKm())
                .build();
    }

    private static int year(String text) {
        if (text == null || !text.matches("20[0-9]{2}")) {
            throw ApiException.badParameter("fiscalYear", "must be a fiscal year such as 2026, was '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
