package jp.medsec.web.institution.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.account.Role;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionDirectory;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.web.api.ApiException;

import java.util.Arrays;

/**
 * {@code GET /api/v1/institutions?tier=}, exactly as API.md: every institution (or those of a tier) by institution code,
 * with prefecture as its JIS code and the corporate group null where unknown.
 */
@Path("institutions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STAFF_NAME)
public class InstitutionResource {

    @Inject
    private InstitutionDirectory directory;

    @GET
    public Response list(@QueryParam("tier") String tierCode) {
        InstitutionTier tier = null;
        if (tierCode != null && !tierCode.isBlank()) {
            tier = Arrays.stream(InstitutionTier.values()).filter(t -> t.name().equals(tierCode.strip())).findFirst()
                    .orElseThrow(() -> ApiException.badParameter("tier", "must be LEADING, SELF_DEFENDING or ASSISTED, was '"
                            + tierCode + "'"));
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Institution i : directory.listed(tier)) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("institutionCode", i.getInstitutionCode())
                    .add("name", i.getName())
                    .add("prefecture", String.format("%02d", i.getPrefecture().getCode()))
                    .add("tier", i.getTier().name())
                    .add("beds", i.getBeds());
            if (i.getCorporateGroup() == null) {
                o.addNull("corporateGroup");
            } else {
                o.add("corporateGroup", i.getCorporateGroup());
            }
            array.add(o);
        }
        return Response.ok(array.build()).build();
    }
}
