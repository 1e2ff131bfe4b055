package jp.medsec.web.events;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.points.PointCategory;
import jp.medsec.events.EventCatalogue;
import jp.medsec.events.EventDraft;
import jp.medsec.events.EventKind;
import jp.medsec.events.EventSummary;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Events that earn points: the list, and the form to register one. */
@Named
@ViewScoped
public class EventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventCatalogue catalogue;

    @Inject
    private Messages messages;

    private List<EventSummary> events;
    private List<PointCategory> categories;

    private String title;
    private EventKind kind = EventKind.TRAINING;
    private String organiser;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String venue;
    private int points = 3;
    private String pointCategory = "EVENT";
    private boolean mandatorySeminar;
    private List<String> modules = new java.util.ArrayList<>();
    private List<jp.medsec.personnel.CourseModule> catalogueModules;

    @Inject
    private jp.medsec.personnel.CourseCatalogue courseCatalogue;

    @PostConstruct
    void load() {
        events = catalogue.recentAndUpcoming();
        categories = catalogue.pointCategories();
        catalogueModules = courseCatalogue.modules();
    }

    public void register() {
        try {
            long id = catalogue.register(new EventDraft(title, kind, organiser, startsOn,
                    endsOn == null ? startsOn : endsOn, venue, points, pointCategory, mandatorySeminar,
                    new java.util.TreeSet<>(modules)));
            FacesMessages.info(messages.format("events.registered", title, id));
            title = null;
            organiser = null;
            venue = null;
            startsOn = null;
            endsOn = null;
            mandatorySeminar = false;
            modules = new java.util.ArrayList<>();
            events = catalogue.recentAndUpcoming();
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
    }

    public List<jp.medsec.personnel.CourseModule> getCatalogueModules() {
        return catalogueModules;
    }

    public List<String> getModules() {
        return modules;
    }

    public void setModules(List<String> modules) {
        this.modules = modules;
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public List<EventSummary> getEvents() {
        return events;
    }

    public List<PointCategory> getCategories() {
        return categories;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
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

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public String getPointCategory() {
        return pointCategory;
    }

    public void setPointCategory(String pointCategory) {
        this.pointCategory = pointCategory;
    }

    public boolean isMandatorySeminar() {
        return mandatorySeminar;
    }

    public void setMandatorySeminar(boolean mandatorySeminar) {
        this.mandatorySeminar = mandatorySeminar;
    }
}
