package jp.medsec.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.account.CurrentAccount;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who is signed in, as the header says it: the account's display name (a person's or a post's name), read once per
 * session and again only if the session's principal changes; the sign-in name when the account has none.
 */
@Named
@SessionScoped
public class SignedInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentAccount account;

    private String username;
    private String displayName;

    public String getDisplayName() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        if (principal == null) {
            return null;
        }
        if (!principal.getName().equals(username)) {
            username = principal.getName();
            displayName = account.caller().map(CurrentAccount.Caller::displayName)
                    .filter(name -> name != null && !name.isBlank()).orElse(username);
        }
        return displayName;
    }
}
