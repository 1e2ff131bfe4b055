package jp.medsec.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.account.MyAccount;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;
import jp.medsec.web.security.AddressLimits;
import jp.medsec.web.security.MedSecAuthenticationMechanism;

/** {@code /account/password.xhtml}: any signed-in person changes their own password. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    private MyAccount account;

    @Inject
    private Messages messages;

    private String current;
    private String next;
    private String repeated;

    @Inject
    private AddressLimits limits;

    @Inject
    private jp.medsec.web.i18n.DateFormats dates;

    /**
     * A wrong current password counts like a failed sign-in, for the account and for the address; the change keeps
     * this session signed in and ends the account's others.
     */
    public void change() {
        if (next == null || !next.equals(repeated)) {
            FacesMessages.error(messages.get("account.mismatch"));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        AddressLimits.Admission admission = limits.trySignIn(request.getRemoteAddr());
        if (!admission.admitted()) {
            FacesMessages.error(messages.format("login.throttled",
                    dates.dateTime(java.time.Instant.now().plusSeconds(admission.retryAfterSeconds()))));
            return;
        }
        try {
            MyAccount.PasswordChange change = account.changePassword(current == null ? new char[0] : current.toCharArray(),
                    next.toCharArray());
            if (!change.changed()) {
                FacesMessages.error(messages.get("rule.account.currentWrong")); // counted, for the address too
                return;
            }
            MedSecAuthenticationMechanism.renewSession(request, change.sessionGeneration());
            limits.signInSucceeded(request.getRemoteAddr());
            FacesMessages.info(messages.get("account.changed"));
        } catch (RuntimeException e) {
            limits.signInSucceeded(request.getRemoteAddr()); // only a wrong current password counts
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return null;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
