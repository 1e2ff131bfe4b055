package jp.medsec.web.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Checks who is asking before a resource method runs, from its {@code @RolesAllowed}/{@code @PermitAll}: no caller
 * is 401 (with a Basic challenge), a caller without the role is 403, both with the API error body. The EJB services
 * behind check again.
 */
@Provider
public class ApiSecurityFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !method.isAnnotationPresent(DenyAll.class)) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles == null && !method.isAnnotationPresent(DenyAll.class) && !type.isAnnotationPresent(DenyAll.class)) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(unauthorized());
            return;
        }
        List<String> allowed = roles == null ? List.of() : Arrays.asList(roles.value());
        if (allowed.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
            request.abortWith(forbidden());
        }
    }

    static Response unauthorized() {
        return unauthorized("Sign in first: send HTTP Basic credentials of an account allowed to use this endpoint.");
    }

    static Response unauthorized(String message) {
        Response response = ApiError.response(Response.Status.UNAUTHORIZED, "unauthorized", message, List.of());
        return Response.fromResponse(response).header("WWW-Authenticate", CHALLENGE).build();
    }

    static final String CHALLENGE = "Basic realm=\"MedSec Registry\", charset=\"UTF-8\"";

    static Response forbidden() {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden",
                "Your account's role may not use this endpoint.", List.of());
    }
}
