package jp.medsec.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for the pages and the API.
 * <ul>
 * <li>Pages: form sign-in on {@code /login.xhtml} (the login view calls {@code SecurityContext.authenticate}); a
 * protected page asked for without a session redirects there and, after sign-in, back.</li>
 * <li>API ({@code /api/}): HTTP Basic on each request, or the browser's session. Without either, protected endpoints
 * answer 401 with the API error body (see {@code ApiSecurityFilter}), never a redirect.</li>
 * </ul>
 * {@link AutoApplySession} keeps a page sign-in for the HTTP session.
 */
@AutoApplySession
@ApplicationScoped
public class MedSecAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute holding the page asked for before sign-in. */
    public static final String ORIGINAL_REQUEST = "medsec.originalRequest";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (isApi(request)) {
            UsernamePasswordCredential basic = basicCredential(request);
            if (basic != null) {
                CredentialValidationResult result = identityStores.validate(basic);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                return unauthorizedApi(response);
            }
            return context.doNothing();
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), new Password(decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorizedApi(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"The user name or password is wrong, "
                    + "or the account is locked.\",\"details\":[]}");
        } catch (IOException e) {
            // the client has gone; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String original = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession(true).setAttribute(ORIGINAL_REQUEST, original);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
