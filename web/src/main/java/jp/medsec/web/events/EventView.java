package jp.medsec.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.events.AttendanceDesk;
import jp.medsec.events.AttendanceRow;
import jp.medsec.events.CheckInResult;
import jp.medsec.events.Event;
import jp.medsec.events.EventCatalogue;
import jp.medsec.imports.ImportReport;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Uploads;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

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
    private Messages messages;

    private String id;
    private Event event;
    private List<AttendanceRow> attendees;
    private ImportReport report;
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

    public void upload(FileUploadEvent upload) {
        UploadedFile file = upload.getFile();
        if (!Uploads.acceptableCsv(file, MAX_UPLOAD_BYTES, messages)) {
            return;
        }
        try {
            report = desk.importList(event.getId(), file.getContent());
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return;
        }
        FacesMessages.info(messages.format("event.upload.done", file.getFileName(), report.recorded(),
                report.alreadyRecorded(), report.errors().size()));
        attendees = desk.attendees(event.getId());
    }

    public String errorText(ImportReport.LineError error) {
        return messages.format("csvError." + error.reason(), error.value());
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
        return report;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }
}
