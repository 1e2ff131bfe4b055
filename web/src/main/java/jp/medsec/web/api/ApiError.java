package jp.medsec.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The error body of every API failure (API.md): a machine code, a sentence a person can act on, and details such as
 * the fields that were wrong.
 */
public record ApiError(String error, String message, List<Detail> details) {

    /** One problem: the field (or parameter, or JSON path) it concerns, and what is wrong with it. */
    public record Detail(String field, String message) {
    }

    public static Response response(Response.Status status, String error, String message, List<Detail> details) {
        return response(status.getStatusCode(), error, message, details);
    }

    public static Response response(int status, String error, String message, List<Detail> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(error, message, details == null ? List.of() : details))
                .build();
    }
}
