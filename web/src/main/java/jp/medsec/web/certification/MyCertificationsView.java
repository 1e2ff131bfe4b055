package jp.medsec.web.certification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.DeferralRequest;
import jp.medsec.certification.DeferralRow;
import jp.medsec.certification.MyCertifications;
import jp.medsec.certification.RenewalApplication;
import jp.medsec.certification.RenewalState;
import jp.medsec.certification.documents.CertificateDocuments;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

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

    private List<RenewalApplication> renewals = List.of();
    private List<DeferralRow> deferrals = List.of();
    private String deferralNumber;
    private DeferralRequest.Reason deferralReason;
    private String deferralNote;
    private int deferralYears = 1;

    @PostConstruct
    void load() {
        reload();
        to = JapaneseDates.today();
        from = to.minusYears(1);
    }

    public void changeConsent(boolean consent) {
        boolean now = mine.changeDirectoryConsent(consent);
        overview = mine.overview().orElse(null);
        FacesMessages.info(messages.get(now ? "mine.consent.given" : "mine.consent.withdrawn"));
    }

    /** Applies, then shows the application where applications are listed (the renewal tab), the message kept. */
    public String applyForRenewal(String certificateNumber) {
        try {
            mine.applyForRenewal(CertificateNumber.parse(certificateNumber));
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            reload();
            return null;
        }
        FacesMessages.info(messages.format("renewal.applied", certificateNumber));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/holder/home.xhtml?tab=renewal&faces-redirect=true";
    }

    /** The tabs of the home, in order; {@code ?tab=} names one, so each can be bookmarked. */
    public static final List<String> TABS = List.of("overview", "points", "renewal", "documents");

    private String tab = TABS.get(0);

    public String getTab() {
        return tab;
    }

    /** An unknown tab name opens the first tab rather than an error: links may be old. */
    public void setTab(String tab) {
        this.tab = TABS.contains(tab) ? tab : TABS.get(0);
    }

    public int getTabIndex() {
        return TABS.indexOf(tab);
    }

    public void requestDeferral() {
        if (deferralNumber == null || deferralReason == null) {
            FacesMessages.error(messages.get("deferral.incomplete"));
            return;
        }
        try {
            mine.requestDeferral(CertificateNumber.parse(deferralNumber), deferralReason, deferralNote, deferralYears);
            FacesMessages.info(messages.format("deferral.requested", deferralNumber));
            deferralNote = null;
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
        reload();
    }

    private void reload() {
        overview = mine.overview().orElse(null);
        renewals = overview == null ? List.of() : overview.applications();
        deferrals = mine.myDeferrals();
    }

    public boolean hasOpenApplication(String certificateNumber) {
        return renewals.stream().anyMatch(r -> r.getState() == RenewalState.SUBMITTED
                && r.getCertification().getCertificateNumber().equals(certificateNumber));
    }

    public DeferralRequest.Reason[] getDeferralReasons() {
        return DeferralRequest.Reason.values();
    }

    public void downloadAttendanceCertificate() throws IOException {
        if (from == null || to == null || to.isBefore(from)) {
            FacesMessages.error(messages.get("mine.attendance.badPeriod"));
            return;
        }
        if (from.isBefore(CertificateDocuments.EARLIEST_DAY)) {
            FacesMessages.error(messages.format("rule.documents.periodTooEarly", CertificateDocuments.EARLIEST_DAY.toString()));
            return;
        }
        if (from.plusYears(CertificateDocuments.MAX_PERIOD_YEARS).isBefore(to)) {
            FacesMessages.error(messages.format("mine.attendance.tooLong", CertificateDocuments.MAX_PERIOD_YEARS));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/holder/documents/attendance?from=" + from + "&to=" + to);
    }

    public List<RenewalApplication> getRenewals() {
        return renewals;
    }

    public List<DeferralRow> getDeferrals() {
        return deferrals;
    }

    public String getDeferralNumber() {
        return deferralNumber;
    }

    public void setDeferralNumber(String deferralNumber) {
        this.deferralNumber = deferralNumber;
    }

    public DeferralRequest.Reason getDeferralReason() {
        return deferralReason;
    }

    public void setDeferralReason(DeferralRequest.Reason deferralReason) {
        this.deferralReason = deferralReason;
    }

    public String getDeferralNote() {
        return deferralNote;
    }

    public void setDeferralNote(String deferralNote) {
        this.deferralNote = deferralNote;
    }

    public int getDeferralYears() {
        return deferralYears;
    }

    public void setDeferralYears(int deferralYears) {
        this.deferralYears = deferralYears;
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
