package jp.medsec.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.medsec.web.i18n.DateFormats;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.time.Instant;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginView {

    @NotBlank
    @Size(max = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

    @Inject
    private DateFormats dates;

    @Inject
    private Navigation navigation;

    public void redirectIfSignedIn() throws IOException {
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            navigation.redirect(navigation.homeOf(FacesContext.getCurrentInstance().getExternalContext()));
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id on sign-in, so that a session id planted before it is worth nothing after.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                HttpSession session = request.getSession(true);
                String original = (String) session.getAttribute(MedSecAuthenticationMechanism.ORIGINAL_REQUEST);
                session.removeAttribute(MedSecAuthenticationMechanism.ORIGINAL_REQUEST);
                navigation.redirect(original != null && original.startsWith("/") && !original.startsWith("//")
                        ? original : navigation.homeOf(external));
            }
            default -> {
                // One sentence for a wrong password, an unknown name and a locked account, so that nobody learns
                // which accounts exist; an address that must wait is told until when.
                Object retryAfter = request.getAttribute(MedSecAuthenticationMechanism.RETRY_AFTER);
                String text = retryAfter instanceof Long seconds
                        ? messages.format("login.throttled", dates.dateTime(Instant.now().plusSeconds(seconds)))
                        : messages.get("login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                password = null;
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
