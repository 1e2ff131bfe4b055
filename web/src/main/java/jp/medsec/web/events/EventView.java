package jp.medsec.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.events.AttendanceDesk;
import jp.medsec.events.AttendanceLines;
import jp.medsec.events.AttendanceRow;
import jp.medsec.events.CheckInResult;
import jp.medsec.events.Event;
import jp.medsec.events.EventCatalogue;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;
import jp.medsec.web.imports.UploadedImport;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One event: its attendees, staff entry by certificate number, and the organiser's CSV list upload. */
@Named
@ViewScoped
public class EventView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;

    @Inject
    private EventCatalogue catalogue;

    @Inject
    private AttendanceDesk desk;

    @Inject
    private Imports imports;

    @Inject
    private Messages messages;

    private String id;
    private Event event;
    private List<AttendanceRow> attendees;
    private final UploadedImport upload = new UploadedImport(AttendanceLines.KIND, "event.upload.done");
    private String certificateNumber;

    public void load() throws IOException {
        if (event != null) {
            return;
        }
        event = Pages.id(id).flatMap(catalogue::find).orElse(null);
        if (event == null) {
            Pages.notFound("No such event");
            return;
        }
        attendees = desk.attendees(event.getId());
    }

    public void recordByStaff() {
        CheckInResult result;
        try {
            result = desk.recordByStaff(event.getId(), certificateNumber);
        } catch (RuntimeException e) {
            if (!jp.medsec.web.faces.FacesMessages.showRefusal(e)) {
                throw e;
            }
            return;
        }
        CheckInView.announce(result, messages);
        if (result.outcome() == CheckInResult.Outcome.RECORDED) {
            certificateNumber = null;
        }
        attendees = desk.attendees(event.getId());
    }

    public void upload(FileUploadEvent file) {
        if (upload.submit(imports, event.getId(), file.getFile(), MAX_UPLOAD_BYTES, messages) && !upload.isRunning()) {
            attendees = desk.attendees(event.getId());
        }
    }

    public void refresh() {
        upload.refresh(imports, messages);
        if (!upload.isRunning()) {
            attendees = desk.attendees(event.getId());
        }
    }

    public String errorText(ImportReport.LineError error) {
        return UploadedImport.errorText(error, messages);
    }

    public UploadedImport getUpload() {
        return upload;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Event getEvent() {
        return event;
    }

    /** Opens the announcement for correction, with what it says now. */
    public void edit() {
        editing = true;
        title = event.getTitle();
        kind = event.getKind();
        organiser = event.getOrganiser();
        startsOn = event.getStartsOn();
        endsOn = event.getEndsOn();
        venue = event.getVenue();
        points = event.getPoints();
    }

    public void save() {
        jp.medsec.events.EventDraft draft = new jp.medsec.events.EventDraft(title, kind, organiser, startsOn,
                endsOn == null ? startsOn : endsOn, venue, points == null ? -1 : points, event.getPointCategory(),
                event.isMandatorySeminar());
        if (jp.medsec.web.faces.FacesMessages.attempt(() -> catalogue.revise(event.getId(), draft),
                messages.get("event.revised"))) {
            editing = false;
            event = catalogue.find(event.getId()).orElseThrow();
        }
    }

    public void cancelEvent() {
        if (jp.medsec.web.faces.FacesMessages.attempt(() -> catalogue.cancel(event.getId(), cancelReason),
                messages.get("event.cancelledNow"))) {
            event = catalogue.find(event.getId()).orElseThrow();
            cancelReason = null;
        }
    }

    /** Whether the announcement may still be corrected or cancelled: nobody has attended and it is not cancelled. */
    public boolean isChangeable() {
        return !event.isCancelled() && (attendees == null || attendees.isEmpty());
    }

    public jp.medsec.events.EventKind[] getKinds() {
        return jp.medsec.events.EventKind.values();
    }

    private boolean editing;
    private String title;
    private jp.medsec.events.EventKind kind;
    private String organiser;
    private java.time.LocalDate startsOn;
    private java.time.LocalDate endsOn;
    private String venue;
    private Integer points;
    private String cancelReason;

    public boolean isEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public jp.medsec.events.EventKind getKind() {
        return kind;
    }

    public void setKind(jp.medsec.events.EventKind kind) {
        this.kind = kind;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public java.time.LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(java.time.LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public java.time.LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(java.time.LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public List<AttendanceRow> getAttendees() {
        return attendees;
    }

    public ImportReport getReport() {
        return upload.getReport();
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }
}
