package jp.medsec.web.api;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** A request the API refuses, with the status, code and details to answer with. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final String error;
    private final transient List<ApiError.Detail> details;

    public ApiException(Response.Status status, String error, String message, List<ApiError.Detail> details) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = details == null ? List.of() : List.copyOf(details);
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(Response.Status.BAD_REQUEST, "invalid_parameter",
                "The parameter '" + parameter + "' is invalid: " + message, List.of(new ApiError.Detail(parameter, message)));
    }

    public static ApiException notFound(String message) {
        return new ApiException(Response.Status.NOT_FOUND, "not_found", message, List.of());
    }

    public Response toResponse() {
        return ApiError.response(status, error, getMessage(), details);
    }
}
