package jp.medsec.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jp.medsec.account.Role;

import java.io.IOException;

/** Where each role starts, and sign-out. */
@Named
@ApplicationScoped
public class Navigation {

    public String homeOf(ExternalContext external) {
        if (external.isUserInRole(Role.STAFF_NAME)) {
            return "/staff/dashboard.xhtml";
        }
        if (external.isUserInRole(Role.INSTITUTION_OFFICER_NAME)) {
            return "/institution/home.xhtml";
        }
        if (external.isUserInRole(Role.HOLDER_NAME)) {
            return "/holder/home.xhtml";
        }
        return "/index.xhtml";
    }

    /** Sends a signed-in person from the start page to their own start page. */
    public void toHome() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            redirect(homeOf(external));
        }
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        try {
            ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is gone already; the caller is signed out either way
        }
        redirect("/login.xhtml?signedOut=true");
    }

    void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }
}
