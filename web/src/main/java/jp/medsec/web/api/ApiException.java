package jp.medsec.web.api;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** A request the API refuses, with the status, code and details to answer with. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Response.Status status;
    private final String error;
    private final transient List<ApiError.Detail> details;
    private Long retryAfterSeconds;

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

    /** 429: this address asked too often; it may ask again after the given seconds. */
    public static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        ApiException e = new ApiException(Response.Status.TOO_MANY_REQUESTS, "too_many_requests", message, List.of());
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    public Response toResponse() {
        Response response = ApiError.response(status, error, getMessage(), details);
        return retryAfterSeconds == null ? response
                : Response.fromResponse(response).header("Retry-After", retryAfterSeconds).build();
    }
}
