package jp.medsec.web.holder;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.MyCertifications;
import jp.medsec.certification.documents.CertificateDocuments;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A holder's start page: their certifications, each with its transcript (what counts, what is missing, by when), the
 * points ledger, certificate and attendance-certificate downloads, and consent to the public directory.
 */
@Named
@ViewScoped
public class MyCertificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyCertifications mine;

    @Inject
    private Messages messages;

    private MyCertifications.Overview overview;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void load() {
        overview = mine.overview().orElse(null);
        to = JapaneseDates.today();
        from = to.minusYears(1);
    }

    public void changeConsent(boolean consent) {
        boolean now = mine.changeDirectoryConsent(consent);
        overview = mine.overview().orElse(null);
        FacesMessages.info(messages.get(now ? "mine.consent.given" : "mine.consent.withdrawn"));
    }

    public void downloadAttendanceCertificate() throws IOException {
        if (from == null || to == null || to.isBefore(from)) {
            FacesMessages.error(messages.get("mine.attendance.badPeriod"));
            return;
        }
        if (from.plusYears(CertificateDocuments.MAX_PERIOD_YEARS).isBefore(to)) {
            FacesMessages.error(messages.format("mine.attendance.tooLong", CertificateDocuments.MAX_PERIOD_YEARS));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/holder/documents/attendance?from=" + from + "&to=" + to);
    }

    public MyCertifications.Overview getOverview() {
        return overview;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
