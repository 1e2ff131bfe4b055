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
        CheckInResult result = desk.recordByStaff(event.getId(), certificateNumber);
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
