package jp.medsec.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.incident.Incident;
import jp.medsec.incident.IncidentKind;
import jp.medsec.incident.Incidents;
import jp.medsec.peercheck.LeadingHospitals;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Incident help for an officer ({@code /institution/incidents.xhtml}): report an incident or ask for help (it goes to
 * the hospital's supporter, else the association's desk), follow the hospital's reports, agree a supporter; a LEADING
 * hospital's officer also answers proposals and sees the incidents of the hospitals it supports.
 */
@Named
@ViewScoped
public class IncidentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private Incidents incidents;

    @Inject
    private Messages messages;

    private transient Incidents.Page page;
    private transient List<LeadingHospitals.Candidate> leading;
    private IncidentKind kind = IncidentKind.INCIDENT;
    private String title;
    private String whatHappened;
    private LocalDate occurredOn;
    private String occurredTime;
    private String systemsAffected;
    private boolean careDisrupted;
    private String contact;
    private String supporterCode;

    public String report() {
        Long[] id = new Long[1];
        java.time.Instant occurredAt;
        try {
            occurredAt = occurredOn == null ? null : occurredOn.atTime(occurredTime == null || occurredTime.isBlank()
                    ? LocalTime.MIDNIGHT : LocalTime.parse(occurredTime.strip())).atZone(JAPAN).toInstant();
        } catch (DateTimeParseException e) {
            FacesMessages.error(messages.format("rule.incident.time", occurredTime));
            return null;
        }
        Incident.Report report = new Incident.Report(kind, title, whatHappened, occurredAt, systemsAffected,
                careDisrupted, contact);
        if (FacesMessages.attempt(() -> id[0] = incidents.report(report), null)) {
            Pages.keepMessage(messages.get(getPage().supporter() == null ? "incidents.reportedToDesk"
                    : "incidents.reportedToSupporter"));
            return "/institution/incident?faces-redirect=true&id=" + id[0];
        }
        return null;
    }

    public void propose() {
        if (supporterCode == null || supporterCode.isBlank()) {
            FacesMessages.error(messages.get("incidents.chooseSupporter"));
            return;
        }
        if (FacesMessages.attempt(() -> incidents.proposeSupporter(supporterCode), messages.get("incidents.proposed"))) {
            supporterCode = null;
        }
        page = null;
    }

    public void answer(Incidents.Agreement agreement, boolean accept) {
        FacesMessages.attempt(() -> incidents.answer(agreement.id(), accept),
                messages.format(accept ? "incidents.acceptedSupport" : "incidents.declinedSupport",
                        agreement.institutionName()));
        page = null;
    }

    public Incidents.Page getPage() {
        if (page == null) {
            page = incidents.page();
        }
        return page;
    }

    /** The LEADING hospitals nearest first, for a hospital choosing its supporter. */
    public List<LeadingHospitals.Candidate> getLeading() {
        if (leading == null) {
            leading = incidents.supporterCandidates();
        }
        return leading;
    }

    public IncidentKind[] getKinds() {
        return IncidentKind.values();
    }

    public IncidentKind getKind() {
        return kind;
    }

    public void setKind(IncidentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getOccurredTime() {
        return occurredTime;
    }

    public void setOccurredTime(String occurredTime) {
        this.occurredTime = occurredTime;
    }

    public String getSystemsAffected() {
        return systemsAffected;
    }

    public void setSystemsAffected(String systemsAffected) {
        this.systemsAffected = systemsAffected;
    }

    public boolean isCareDisrupted() {
        return careDisrupted;
    }

    public void setCareDisrupted(boolean careDisrupted) {
        this.careDisrupted = careDisrupted;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getSupporterCode() {
        return supporterCode;
    }

    public void setSupporterCode(String supporterCode) {
        this.supporterCode = supporterCode;
    }
}
