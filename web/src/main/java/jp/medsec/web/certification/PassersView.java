package jp.medsec.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.PasserImport;
import jp.medsec.imports.ImportReport;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Uploads;
import jp.medsec.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;

/** The exam passers' import: upload the exam office's CSV, read the report line by line. */
@Named
@ViewScoped
public class PassersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    private PasserImport passers;

    @Inject
    private Messages messages;

    private ImportReport report;

    public void upload(FileUploadEvent upload) {
        UploadedFile file = upload.getFile();
        if (!Uploads.acceptableCsv(file, MAX_BYTES, messages)) {
            return;
        }
        try {
            report = passers.importPassers(file.getContent());
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return;
        }
        FacesMessages.info(messages.format("passers.done", file.getFileName(), report.recorded(), report.alreadyRecorded(),
                report.errors().size()));
    }

    public String errorText(ImportReport.LineError error) {
        return messages.format("csvError." + error.reason(), error.value());
    }

    public ImportReport getReport() {
        return report;
    }
}
