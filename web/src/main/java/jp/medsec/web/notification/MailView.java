package jp.medsec.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.notification.SentMail;
import jp.medsec.web.faces.PagedModel;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * The mail the application sent or is about to send (the outbox), newest first: staff follow reminders and notices
 * here, and see what is stuck (the mail server refused it, or was down).
 */
@Named
@ViewScoped
public class MailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SentMail mail;

    private String recipient;
    /** "sent", "unsent" or empty for all. */
    private String state;
    private SentMail.Mail shown;
    private String shownBody;

    private final LazyDataModel<SentMail.Mail> mails = new PagedModel<>(
            filters -> mail.count(filter()),
            (first, pageSize, sortBy, filterBy) -> mail.page(filter(), first, pageSize),
            SentMail.Mail::id);

    private SentMail.Filter filter() {
        return new SentMail.Filter(recipient, "sent".equals(state) ? Boolean.TRUE : "unsent".equals(state) ? Boolean.FALSE : null);
    }

    /** The mail the filters select, as CSV. */
    public void export() throws java.io.IOException {
        SentMail.Filter f = filter();
        jp.medsec.web.documents.Downloads.redirect("/staff/documents/mail.csv", "recipient", f.recipient(),
                "sent", f.sent() == null ? null : f.sent().toString());
    }

    public void show(SentMail.Mail row) {
        shown = row;
        shownBody = mail.body(row.id()).orElse("");
    }

    public long getUnsent() {
        return mail.count(new SentMail.Filter(null, false));
    }

    public LazyDataModel<SentMail.Mail> getMails() {
        return mails;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public SentMail.Mail getShown() {
        return shown;
    }

    public String getShownBody() {
        return shownBody;
    }
}
