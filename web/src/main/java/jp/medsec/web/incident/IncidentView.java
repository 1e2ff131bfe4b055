package jp.medsec.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.evidence.EvidenceFile;
import jp.medsec.incident.Incidents;
import jp.medsec.shared.NotFound;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;

/**
 * One incident ({@code /institution/incident.xhtml?id=}, {@code /staff/incident.xhtml?id=}): what was reported, the
 * timeline, the files; notes and files from either side; the supporter or staff acknowledge and resolve it. To anyone
 * not involved it does not exist (404).
 */
@Named
@ViewScoped
public class IncidentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Incidents incidents;

    @Inject
    private Messages messages;

    private String id;
    private long incidentId;
    private transient Incidents.Detail detail;
    private String note;
    private String resolution;
    private transient UploadedFile file;

    public void load() throws IOException {
        if (detail != null) {
            return;
        }
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such incident");
            return;
        }
        try {
            incidentId = parsed;
            detail = incidents.one(incidentId);
        } catch (NotFound e) {
            Pages.notFound("No such incident");
        }
    }

    public void acknowledge() {
        FacesMessages.attempt(() -> incidents.acknowledge(incidentId), messages.get("incident.acknowledgedMessage"));
        detail = null;
    }

    public void addNote() {
        if (FacesMessages.attempt(() -> incidents.note(incidentId, note), messages.get("incident.noted"))) {
            note = null;
        }
        detail = null;
    }

    public void resolve() {
        if (FacesMessages.attempt(() -> incidents.resolve(incidentId, resolution), messages.get("incident.resolvedMessage"))) {
            resolution = null;
        }
        detail = null;
    }

    public void addFile() {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error(messages.get("incident.chooseFile"));
            return;
        }
        if (file.getSize() > EvidenceFile.MAX_BYTES) {
            FacesMessages.error(messages.get("rule.evidence.tooLarge"));
            return;
        }
        String name = file.getFileName();
        FacesMessages.attempt(() -> incidents.attach(incidentId, name, file.getContent()),
                messages.format("incident.fileAdded", name));
        file = null;
        detail = null;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Incidents.Detail getDetail() {
        if (detail == null && incidentId != 0) {
            detail = incidents.one(incidentId);
        }
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
