package jp.medsec.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.account.MyAccount;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

/** {@code /account.xhtml}: any signed-in person changes their own password. */
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

    public void change() {
        if (next == null || !next.equals(repeated)) {
            FacesMessages.error(messages.get("account.mismatch"));
            return;
        }
        FacesMessages.attempt(() -> account.changePassword(current == null ? new char[0] : current.toCharArray(),
                next.toCharArray()), messages.get("account.changed"));
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
