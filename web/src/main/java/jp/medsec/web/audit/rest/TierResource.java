package jp.medsec.web.audit.rest;

import jakarta.annotation.security.PermitAll;
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
import jp.medsec.audit.CatalogueItem;
import jp.medsec.audit.Catalogues;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.web.api.ApiException;

import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /api/v1/tiers/{tier}/requirements}, exactly as API.md: the current catalogue of a tier in the seed's order.
 * Fields beyond API.md's ({@code sectionJa}, {@code noteJa}, {@code catalogueVersion}) are added, none renamed.
 */
@Path("tiers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TierResource {

    @Inject
    private Catalogues catalogues;

    @GET
    @Path("{tier}/requirements")
    public Response requirements(@PathParam("tier") String tierCode) {
        InstitutionTier tier = Arrays.stream(InstitutionTier.values()).filter(t -> t.name().equals(tierCode)).findFirst()
                .orElseThrow(() -> ApiException.notFound("There is no tier '" + tierCode
                        + "'; the tiers are LEADING, SELF_DEFENDING and ASSISTED."));
        List<CatalogueItem> items = catalogues.tierRequirements(tier);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (CatalogueItem item : items) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("code", item.getCode())
                    .add("tier", tier.name())
                    .add("section", item.getSection())
                    .add("textJa", item.getTextJa())
                    .add("textEn", item.getTextEn());
            nullable(o, "futureJa", item.getFutureJa());
            o.add("sectionJa", item.getSectionJa());
            nullable(o, "noteJa", item.getNoteJa());
            o.add("catalogueVersion", item.getCatalogue().getVersionLabel());
            array.add(o);
        }
        return Response.ok(array.build()).build();
    }

    private static void nullable(JsonObjectBuilder o, String field, String value) {
        if (value == null) {
            o.addNull(field);
        } else {
            o.add(field, value);
        }
    }
}
