package jp.medsec.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.shared.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * CSV imports of every subject: an upload is staged on disk as it arrives (never held whole), its header checked, and
 * the {@value #JOB} job started over it; the caller follows its progress or waits for the report. Who may submit a
 * kind of file is the importer's to say; an import's progress and refused lines are its submitter's and staff's.
 */
@Stateless
@PermitAll
public class Imports {

    public static final String JOB = "csv-import";
    /** The largest upload (API.md: over 100 MiB is refused whole). */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    @Inject
    @Any
    private Instance<CsvLineImporter> importers;

    @Inject
    private ImportRuns runs;

    @Resource
    private SessionContext context;

    /** A submitted upload: the run importing it, or the report refusing the file whole. */
    public record Submission(Long runId, ImportReport refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Stages the upload and starts its import. A file without the header's identifying column, over the size limit or
     * in an unknown charset is refused whole (reasons HEADER, TOO_LARGE, CHARSET) and nothing is stored.
     *
     * @param charsetName the charset the sender declared, or null to detect UTF-8 or CP932
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submission submit(@NotNull String kind, Long targetId, String fileName, @NotNull InputStream content,
                             String charsetName) {
        CsvLineImporter importer = importers.stream().filter(i -> i.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFound("There is no import " + kind));
        if (importer.allowedRoles().stream().noneMatch(context::isCallerInRole)) {
            throw new EJBAccessException("Not allowed to import " + kind);
        }
        importer.checkTarget(targetId);
        Optional<Charset> declared;
        try {
            declared = StagedUploads.declared(charsetName);
        } catch (IllegalArgumentException e) {
            return new Submission(null, ImportReport.unreadable("CHARSET", charsetName));
        }
        StagedUploads.Staged staged;
        try {
            staged = StagedUploads.stage(content, MAX_BYTES, declared.orElse(null));
        } catch (StagedUploads.TooLarge e) {
            return new Submission(null, ImportReport.unreadable("TOO_LARGE", String.valueOf(MAX_BYTES / 1024 / 1024)));
        }
        try (Reader text = StagedUploads.open(staged.path(), staged.charset());
             CsvStream header = CsvStream.open(text, importer.identifyingColumns())) {
            for (java.util.Set<String> column : importer.requiredColumns()) {
                if (column.stream().noneMatch(c -> header.header().contains(c.toLowerCase(java.util.Locale.ROOT)))) {
                    throw new IllegalArgumentException("Line 1 (header) has no column " + String.join(" / ",
                            new java.util.TreeSet<>(column)) + "; it has " + header.header());
                }
            }
        } catch (IllegalArgumentException e) {
            StagedUploads.delete(staged.path());
            return new Submission(null, ImportReport.unreadable("HEADER", e.getMessage()));
        } catch (IOException e) {
            StagedUploads.delete(staged.path());
            throw new UncheckedIOException(e);
        }
        long runId = runs.create(kind, targetId, fileName, staged, context.getCallerPrincipal().getName());
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(runId));
        runs.attachExecution(runId, jp.medsec.batch.JobStarts.start(JOB, parameters));
        return new Submission(runId, null);
    }

    /** Where the import stands. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportRuns.Progress progress(long runId) {
        return visible(runId);
    }

    /**
     * The import's report once it has ended (finished, or failed with the reason), with its first {@code maxErrors}
     * refused lines; empty while it runs.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ImportReport> report(long runId, int maxErrors) {
        ImportRuns.Progress run = visible(runId);
        if (!run.finished()) {
            return Optional.empty();
        }
        return Optional.of(runs.report(run, maxErrors));
    }

    /** Refused lines in file order, a page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportReport.LineError> errors(long runId, int first, int max) {
        visible(runId);
        return runs.errors(runId, first, Math.min(max, 10_000));
    }

    /** Waits (at most {@code patience}) for the import to finish; empty if it is still running then. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ImportReport> await(long runId, Duration patience, int maxErrors) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 20;
        while (true) {
            Optional<ImportReport> report = report(runId, maxErrors);
            if (report.isPresent() || System.nanoTime() > deadline) {
                return report;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = Math.min(pause * 2, 500);
        }
    }

    private ImportRuns.Progress visible(long runId) {
        ImportRuns.Progress run = runs.find(runId).orElseThrow(() -> new NotFound("There is no import " + runId));
        if (!context.isCallerInRole(Role.STAFF_NAME) && !run.submittedBy().equals(context.getCallerPrincipal().getName())) {
            throw new NotFound("There is no import " + runId);
        }
        return run;
    }
}
