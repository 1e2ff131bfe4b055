package jp.medsec.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jp.medsec.web.security.MedSecAuthenticationMechanism;

import java.util.List;
import java.util.Set;

/**
 * Before any resource is chosen: credentials the authentication mechanism refused are 401 (with a Basic challenge),
 * an address that must wait after failed sign-ins is 429 with {@code Retry-After}; and a call that changes something
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) must declare a JSON or CSV body. A cross-site HTML form
 * can only send form, multipart or plain-text bodies, and anything else makes the browser ask first (CORS), which
 * this API never allows: so no other site can make a browser that holds credentials run a job or send a file.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiRequestGuard implements ContainerRequestFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> DECLARED = List.of(MediaType.APPLICATION_JSON_TYPE, new MediaType("text", "csv"));

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object refusal = servletRequest.getAttribute(MedSecAuthenticationMechanism.API_REFUSAL);
        if ("throttled".equals(refusal)) {
            request.abortWith(tooManyAttempts((Long) servletRequest.getAttribute(MedSecAuthenticationMechanism.RETRY_AFTER)));
            return;
        }
        if ("unauthorized".equals(refusal)) {
            request.abortWith(ApiSecurityFilter.unauthorized("The user name or password is wrong."));
            return;
        }
        if (UNSAFE.contains(request.getMethod()) && !declaredBody(request.getMediaType())) {
            request.abortWith(ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "A request that changes something must send Content-Type: application/json (or text/csv where the "
                            + "endpoint takes a CSV file), even with an empty body.",
                    List.of(new ApiError.Detail("Content-Type", request.getMediaType() == null ? "missing"
                            : request.getMediaType().getType() + "/" + request.getMediaType().getSubtype()))));
        }
    }

    private static boolean declaredBody(MediaType type) {
        return type != null && DECLARED.stream().anyMatch(d -> d.isCompatible(type) && !type.isWildcardType()
                && !type.isWildcardSubtype());
    }

    static Response tooManyAttempts(Long retryAfter) {
        long seconds = retryAfter == null ? 60 : retryAfter;
        return Response.fromResponse(ApiError.response(429, "too_many_requests",
                        "Too many failed sign-ins from this address: try again in " + seconds + " seconds.", List.of()))
                .header("Retry-After", seconds).build();
    }
}
