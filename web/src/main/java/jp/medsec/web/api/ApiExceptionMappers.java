package jp.medsec.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import jp.medsec.shared.InputRejected;
import jp.medsec.peercheck.Infeasible;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;
import jp.medsec.web.health.DatabaseUnavailable;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API becomes the API.md error body; none leaks a stack trace. */
public final class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    private ApiExceptionMappers() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            return e.toResponse();
        }
    }

    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ApiError.Detail> details = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.Detail(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            return ApiError.response(Response.Status.BAD_REQUEST, "validation_failed",
                    "The request is invalid: " + details.size() + " problem(s).", details);
        }

        private static String lastNode(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    static Response malformed(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? "unreadable" : root.getMessage();
        return ApiError.response(Response.Status.BAD_REQUEST, "malformed_request",
                "The request body is not valid JSON of the expected shape.",
                List.of(new ApiError.Detail("body", reason.length() > 300 ? reason.substring(0, 300) : reason)));
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Context
        private SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            return security == null || security.getUserPrincipal() == null ? ApiSecurityFilter.unauthorized()
                    : ApiSecurityFilter.forbidden();
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (e instanceof NotFoundException) {
                return ApiError.response(404, "not_found", "There is no such resource.", List.of());
            }
            if (e instanceof NotAllowedException) {
                return ApiError.response(405, "method_not_allowed", "This method is not allowed here.", List.of());
            }
            if (e instanceof NotSupportedException) {
                return ApiError.response(415, "unsupported_media_type", "Send the body as application/json.", List.of());
            }
            if (e instanceof NotAuthorizedException) {
                return ApiSecurityFilter.unauthorized();
            }
            if (status >= 500) {
                LOG.log(Level.SEVERE, "API request failed", e);
                return ApiError.response(status, "internal_error", "The request could not be completed.", List.of());
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return malformed(e);
            }
            return ApiError.response(status, status == 403 ? "forbidden" : "bad_request",
                    e.getMessage() == null ? "The request was refused." : e.getMessage(), List.of());
        }
    }

    /** A refused state change (409), refused input (400), an unknown or foreign id (404): the caller's answer. */
    @Provider
    public static class Refusals implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            Response refused = refusal(e);
            return refused != null ? refused : new Unexpected().toResponse(e);
        }
    }

    @Provider
    public static class RuleRefusals implements ExceptionMapper<RuleViolation> {
        @Override
        public Response toResponse(RuleViolation e) {
            return refusal(e);
        }
    }

    static Response refusal(RuntimeException e) {
        if (e instanceof NotFound) {
            return ApiError.response(404, "not_found", e.getMessage(), List.of());
        }
        if (e instanceof Infeasible infeasible) {
            return ApiError.response(422, "infeasible", infeasible.getMessage(), List.of(new ApiError.Detail(
                    "institutionCode", infeasible.institutionCode() == null ? infeasible.getMessage()
                            : infeasible.institutionCode())));
        }
        if (e instanceof RuleViolation rule) {
            return ApiError.response(409, "rule_violation", rule.getMessage(), List.of(new ApiError.Detail(rule.code(),
                    rule.getMessage())));
        }
        if (e instanceof InputRejected input) {
            return ApiError.response(400, "invalid_input", input.getMessage(), List.of(new ApiError.Detail(input.code(),
                    input.getMessage())));
        }
        return null;
    }

    static Response unavailable() {
        return Response.fromResponse(ApiError.response(503, "unavailable",
                        "The registry's database cannot be reached just now; try again shortly.", List.of()))
                .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            if (DatabaseUnavailable.isCause(e)) {
                LOG.warning("API request answered 503, the database is unavailable: " + e);
                return unavailable();
            }
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof RuntimeException refused && refusal(refused) != null) {
                    return refusal(refused);
                }
                if (cause instanceof ApiException api) {
                    return api.toResponse();
                }
                if (cause instanceof ConstraintViolationException cve) {
                    return new Invalid().toResponse(cve);
                }
                if (cause instanceof EJBAccessException) {
                    return ApiSecurityFilter.forbidden();
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return ApiError.response(500, "internal_error", "The request could not be completed.", List.of());
        }
    }
}
