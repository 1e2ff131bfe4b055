package jp.medsec.web.onsite;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.onsite.OnsiteTrainings;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * On-site training ({@code /institution/onsite.xhtml}): a LEADING hospital's officer offers places and answers the
 * applications, recording who completed; every officer applies for the hospital's people at another hospital's
 * offer and follows the applications.
 */
@Named
@ViewScoped
public class OnsiteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OnsiteTrainings trainings;

    @Inject
    private Messages messages;

    private transient OnsiteTrainings.Page page;
    private String title;
    private String description;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer places = 2;
    private Long offerId;
    private String certificateNumber;
    private String note;
    private final Map<Long, String> declineReason = new HashMap<>();
    private final Map<Long, LocalDate> completedOn = new HashMap<>();

    public void load() {
        page = trainings.page();
    }

    public void offer() {
        if (FacesMessages.attempt(() -> trainings.offer(title, description, startsOn, endsOn, places == null ? 0 : places),
                messages.get("onsite.offered"))) {
            title = null;
            description = null;
            startsOn = null;
            endsOn = null;
            places = 2;
        }
        load();
    }

    public void apply() {
        if (offerId == null) {
            FacesMessages.error(messages.get("onsite.chooseOffer"));
            return;
        }
        if (FacesMessages.attempt(() -> trainings.apply(offerId, certificateNumber, note), messages.get("onsite.applied"))) {
            offerId = null;
            certificateNumber = null;
            note = null;
        }
        load();
    }

    public void accept(OnsiteTrainings.Application application) {
        FacesMessages.attempt(() -> trainings.accept(application.id()),
                messages.format("onsite.acceptedMessage", application.traineeName()));
        load();
    }

    public void decline(OnsiteTrainings.Application application) {
        if (FacesMessages.attempt(() -> trainings.decline(application.id(), declineReason.get(application.id())),
                messages.format("onsite.declinedMessage", application.traineeName()))) {
            declineReason.remove(application.id());
        }
        load();
    }

    public void complete(OnsiteTrainings.Application application) {
        if (FacesMessages.attempt(() -> trainings.complete(application.id(), completedOn.get(application.id())),
                messages.format("onsite.completedMessage", application.traineeName()))) {
            completedOn.remove(application.id());
        }
        load();
    }

    public void withdraw(OnsiteTrainings.Application application) {
        FacesMessages.attempt(() -> trainings.withdraw(application.id()),
                messages.format("onsite.withdrawnMessage", application.traineeName()));
        load();
    }

    /** The latest day a completion may carry: today in Japan. */
    public LocalDate getToday() {
        return JapaneseDates.today();
    }

    /** The page's lists; read again when the view comes back without them (they are not kept in the session). */
    public OnsiteTrainings.Page getPage() {
        if (page == null) {
            load();
        }
        return page;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<Long, String> getDeclineReason() {
        return declineReason;
    }

    public Map<Long, LocalDate> getCompletedOn() {
        return completedOn;
    }
}
