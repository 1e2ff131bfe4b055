package jp.medsec.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.certification.PasserLines;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;
import jp.medsec.web.i18n.Messages;
import jp.medsec.web.imports.UploadedImport;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;

/** The exam passers' import: upload the exam office's CSV, follow the import, read the report line by line. */
@Named
@ViewScoped
public class PassersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    private Imports imports;

    @Inject
    private Messages messages;

    private final UploadedImport upload = new UploadedImport(PasserLines.KIND, "passers.done");

    public void upload(FileUploadEvent event) {
        upload.submit(imports, (Long) null, event.getFile(), MAX_BYTES, messages);
    }

    public void refresh() {
        upload.refresh(imports, messages);
    }

    public String errorText(ImportReport.LineError error) {
        return UploadedImport.errorText(error, messages);
    }

    public UploadedImport getUpload() {
        return upload;
    }

    public ImportReport getReport() {
        return upload.getReport();
    }
}
