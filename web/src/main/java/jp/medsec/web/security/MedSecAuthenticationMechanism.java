package jp.medsec.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.medsec.account.SignInService;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * One mechanism, two ways in that never mix:
 * <ul>
 * <li><b>Pages</b>: form sign-in on {@code /login.xhtml} (the login view calls {@code SecurityContext.authenticate});
 * the signed-in caller is kept in the HTTP session ({@link SignedIn}) and restored on each page request for as long as
 * the account keeps its password and stays enabled (a password change ends the other sessions). A protected page asked
 * for without a session redirects to sign-in and, after it, back.</li>
 * <li><b>API</b> ({@code /api/}): HTTP Basic on each call and nothing else. The page session is ignored, so a hostile
 * page cannot use a signed-in browser's cookie (CSRF), and no session is created. Wrong or throttled credentials are
 * answered by {@code ApiRequestGuard} with the API error body.</li>
 * </ul>
 * Both count failures per client address ({@link AddressLimits}): an address that keeps failing must wait, before any
 * password is checked, whichever account it names.
 */
@ApplicationScoped
public class MedSecAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Session attribute holding the page asked for before sign-in. */
    public static final String ORIGINAL_REQUEST = "medsec.originalRequest";
    /** Session attribute holding the signed-in caller of the pages. */
    public static final String SIGNED_IN = "medsec.signedIn";
    /** Request attribute: the API call's credentials were refused ({@code "unauthorized"}) or throttled ({@code "throttled"}). */
    public static final String API_REFUSAL = "medsec.api.refusal";
    /** Request attribute: seconds until a throttled address may try again (a {@link Long}). */
    public static final String RETRY_AFTER = "medsec.retryAfter";

    /** The caller a page session signed in as, under the account's session generation of that moment. */
    public record SignedIn(String name, Set<String> groups, int generation) implements Serializable {
        private static final long serialVersionUID = 1L;

        public SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInService signIn;

    @Inject
    private AddressLimits limits;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return formSignIn(request, context, login);
        }
        if (isApi(request)) {
            return api(request, context);
        }
        if (isResource(request)) {
            return context.doNothing();
        }
        SignedIn signedIn = signedIn(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, context);
        }
        return context.doNothing();
    }

    /** Changes the generation the current session is signed in under (after its own password change). */
    public static void renewSession(HttpServletRequest request, int generation) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn s) {
            session.setAttribute(SIGNED_IN, new SignedIn(s.name(), s.groups(), generation));
        }
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            UsernamePasswordCredential login) {
        String address = request.getRemoteAddr();
        AddressLimits.Admission admission = limits.trySignIn(address);
        if (!admission.admitted()) {
            request.setAttribute(RETRY_AFTER, admission.retryAfterSeconds());
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        limits.signInSucceeded(address);
        String name = result.getCallerPrincipal().getName();
        int generation = signIn.find(name).map(SignInService.SignInAccount::sessionGeneration).orElse(0);
        request.getSession(true).setAttribute(SIGNED_IN, new SignedIn(name, result.getCallerGroups(), generation));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        UsernamePasswordCredential basic = basicCredential(header);
        if (basic == null) {
            request.setAttribute(API_REFUSAL, "unauthorized");
            return context.doNothing();
        }
        String address = request.getRemoteAddr();
        AddressLimits.Admission admission = limits.trySignIn(address);
        if (!admission.admitted()) {
            request.setAttribute(API_REFUSAL, "throttled");
            request.setAttribute(RETRY_AFTER, admission.retryAfterSeconds());
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(basic);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            request.setAttribute(API_REFUSAL, "unauthorized");
            return context.doNothing();
        }
        limits.signInSucceeded(address);
        return context.notifyContainerAboutLogin(result);
    }

    /** The session's caller if it is still good; a session whose account changed its password is signed out. */
    private SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn)) {
            return null;
        }
        boolean valid;
        try {
            valid = signIn.sessionValid(signedIn.name(), signedIn.generation());
        } catch (RuntimeException databaseUnavailable) {
            // Without the database the page cannot be served anyway; let it answer 503 rather than sign the caller out.
            valid = true;
        }
        if (!valid) {
            session.invalidate();
            return null;
        }
        return signedIn;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
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

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpMessageContext context) {
        if ("GET".equals(request.getMethod())) {
            String original = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession(true).setAttribute(ORIGINAL_REQUEST, original);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
}
