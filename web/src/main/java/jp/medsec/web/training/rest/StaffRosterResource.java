package jp.medsec.web.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.account.Role;
import jp.medsec.shared.NotFound;
import jp.medsec.web.api.ApiException;

import java.io.InputStream;

/** {@code POST /api/v1/institutions/{institutionCode}/staff}: the roster, by that institution's officer or staff. */
@Path("institutions/{institutionCode}/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class StaffRosterResource extends CsvImportAnswer {

    @POST
    @Consumes("text/csv")
    public Response roster(@PathParam("institutionCode") String institutionCode,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        long institutionId;
        try {
            institutionId = imports.rosterTarget(institutionCode);
        } catch (NotFound e) {
            throw ApiException.notFound("There is no institution " + institutionCode + " whose roster you may send.");
        }
        return answer(imports.submitRoster(institutionId, "staff-" + institutionCode + ".csv", body, charset(type)));
    }
}
