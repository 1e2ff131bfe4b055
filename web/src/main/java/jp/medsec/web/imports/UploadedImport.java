package jp.medsec.web.imports;

import jp.medsec.imports.ImportReport;
import jp.medsec.imports.ImportRuns;
import jp.medsec.imports.Imports;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Uploads;
import jp.medsec.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A page's CSV upload followed to its end: the file goes to the import job as a stream; the page waits a few seconds
 * (most files are done by then) and otherwise shows the progress and polls until the report is there. The report lists
 * the first {@value #SHOWN_ERRORS} refused lines and counts them all.
 */
public final class UploadedImport implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SHOWN_ERRORS = 1000;
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final String kind;
    private final String doneKey;
    private Long runId;
    private String fileName;
    private ImportReport report;
    private long linesSoFar;

    /** @param doneKey the message that sums up a finished import: file name, new, already there, refused */
    public UploadedImport(String kind, String doneKey) {
        this.kind = kind;
        this.doneKey = doneKey;
    }

    /** How the page hands the file over: to {@link Imports} directly, or through the subject's service that checks more. */
    @FunctionalInterface
    public interface Submitter {
        Imports.Submission submit(String fileName, InputStream content);
    }

    /** Submits the file; answers whether it was accepted for import (a refusal is shown). */
    public boolean submit(Imports imports, Long targetId, UploadedFile file, long maxBytes, Messages messages) {
        return submit(imports, (name, content) -> imports.submit(kind, targetId, name, content, null), file, maxBytes, messages);
    }

    /** The same, through the subject's own service; {@code imports} follows the run. */
    public boolean submit(Imports imports, Submitter submitter, UploadedFile file, long maxBytes, Messages messages) {
        report = null;
        runId = null;
        linesSoFar = 0;
        if (!Uploads.acceptableCsv(file, maxBytes, messages)) {
            return false;
        }
        fileName = file.getFileName();
        Imports.Submission submission;
        try (InputStream content = file.getInputStream()) {
            submission = submitter.submit(fileName, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return false;
        }
        if (submission.refused()) {
            report = submission.refusal();
            FacesMessages.error(messages.format("import.refused", fileName, errorText(report.errors().get(0), messages)));
            return false;
        }
        runId = submission.runId();
        show(imports.await(runId, PATIENCE, SHOWN_ERRORS), imports, messages);
        return true;
    }

    /** The poll while the import runs. */
    public void refresh(Imports imports, Messages messages) {
        if (runId != null && report == null) {
            show(imports.report(runId, SHOWN_ERRORS), imports, messages);
        }
    }

    private void show(Optional<ImportReport> finished, Imports imports, Messages messages) {
        if (finished.isEmpty()) {
            ImportRuns.Progress progress = imports.progress(runId);
            linesSoFar = progress.lines();
            return;
        }
        report = finished.get();
        if (report.failure() != null) {
            FacesMessages.error(messages.format("import.failed", fileName, report.lines()));
        } else if (report.rejected() > 0 && report.recorded() + report.alreadyRecorded() == 0) {
            FacesMessages.error(messages.format(doneKey, fileName, report.recorded(), report.alreadyRecorded(), report.rejected()));
        } else if (report.rejected() > 0) {
            FacesMessages.warn(messages.format(doneKey, fileName, report.recorded(), report.alreadyRecorded(), report.rejected()));
        } else {
            FacesMessages.info(messages.format(doneKey, fileName, report.recorded(), report.alreadyRecorded(), report.rejected()));
        }
    }

    public static String errorText(ImportReport.LineError error, Messages messages) {
        return messages.format("csvError." + error.reason(), error.value());
    }

    public boolean isRunning() {
        return runId != null && report == null;
    }

    /** Whether the report shows only the first of its refused lines. */
    public boolean isErrorsCut() {
        return report != null && report.rejected() > report.errors().size();
    }

    public ImportReport getReport() {
        return report;
    }

    public long getLinesSoFar() {
        return linesSoFar;
    }

    public String getFileName() {
        return fileName;
    }
}
