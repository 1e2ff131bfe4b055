package jp.medsec.web.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.account.Role;

import java.io.InputStream;

/**
 * {@code POST /api/v1/training-records}: records of any institution from staff and training providers, of their own
 * from an officer (a line of another institution is a refused line).
 */
@Path("training-records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME, Role.TRAINING_PROVIDER_NAME})
public class TrainingRecordResource extends CsvImportAnswer {

    @POST
    @Consumes("text/csv")
    public Response records(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream body) {
        return answer(imports.submitRecords("training-records.csv", body, charset(type)));
    }
}
