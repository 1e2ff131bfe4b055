package jp.medsec.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.medsec.shared.NativeValues;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record of each upload and what became of its lines ({@code import_run}, {@code import_line_error}). Counts are
 * raised in the chunk's own transaction, so that they always agree with what is stored, also after a restart.
 */
@ApplicationScoped
@Transactional
public class ImportRuns {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** Where an import stands. */
    public record Progress(long id, String kind, Long targetId, String fileName, String charset, String status,
                           long recorded, long alreadyRecorded, long rejected, String submittedBy, Instant submittedAt,
                           Instant finishedAt, String failure, Long jobExecutionId, Path stagedPath) {

        public boolean finished() {
            return !RUNNING.equals(status);
        }

        public long lines() {
            return recorded + alreadyRecorded + rejected;
        }
    }

    public long create(String kind, Long targetId, String fileName, StagedUploads.Staged staged, String submittedBy) {
        em.createNativeQuery("INSERT INTO import_run (kind, target_id, file_name, staged_path, charset, size_bytes, "
                        + "submitted_by, submitted_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING')")
                .setParameter(1, kind).setParameter(2, targetId)
                .setParameter(3, fileName == null || fileName.isBlank() ? "upload.csv" : truncate(fileName, 255))
                .setParameter(4, staged.path().toString()).setParameter(5, staged.charset().name())
                .setParameter(6, staged.bytes()).setParameter(7, submittedBy).setParameter(8, Timestamp.from(Instant.now()))
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public void attachExecution(long runId, long executionId) {
        em.createNativeQuery("UPDATE import_run SET job_execution_id = ? WHERE id = ?")
                .setParameter(1, executionId).setParameter(2, runId).executeUpdate();
    }

    /** Counts a chunk's stored lines (in the chunk's transaction). */
    public void count(long runId, int recorded, int alreadyRecorded) {
        if (recorded + alreadyRecorded > 0) {
            em.createNativeQuery("UPDATE import_run SET recorded = recorded + ?, already_recorded = already_recorded + ? "
                            + "WHERE id = ?")
                    .setParameter(1, recorded).setParameter(2, alreadyRecorded).setParameter(3, runId).executeUpdate();
        }
    }

    /**
     * Refused lines, in one statement; a line is recorded once even when its chunk is read again after a restart.
     */
    public void refuse(long runId, List<ImportReport.LineError> lines) {
        for (int from = 0; from < lines.size(); from += 500) {
            List<ImportReport.LineError> part = lines.subList(from, Math.min(lines.size(), from + 500));
            StringBuilder sql = new StringBuilder("INSERT INTO import_line_error (import_run_id, line, column_name, "
                    + "reason, value) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
            }
            sql.append(" ON DUPLICATE KEY UPDATE reason = VALUES(reason)");
            jakarta.persistence.Query insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (ImportReport.LineError line : part) {
                insert.setParameter(p++, runId).setParameter(p++, line.line())
                        .setParameter(p++, line.column() == null ? null : truncate(line.column(), 64))
                        .setParameter(p++, truncate(line.reason(), 40))
                        .setParameter(p++, line.value() == null ? "" : truncate(line.value(), 500));
            }
            insert.executeUpdate();
        }
    }

    public void finish(long runId) {
        em.createNativeQuery("UPDATE import_run SET status = 'DONE', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, runId).executeUpdate();
    }

    public void fail(long runId, String failure) {
        em.createNativeQuery("UPDATE import_run SET status = 'FAILED', finished_at = ?, failure = ? WHERE id = ? "
                        + "AND status = 'RUNNING'")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, truncate(failure, 1000))
                .setParameter(3, runId).executeUpdate();
    }

    /** A restarted run is running again. */
    public void resume(long runId, long executionId) {
        em.createNativeQuery("UPDATE import_run SET status = 'RUNNING', finished_at = NULL, failure = NULL, "
                        + "job_execution_id = ? WHERE id = ?")
                .setParameter(1, executionId).setParameter(2, runId).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Progress> find(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.kind, r.target_id, r.file_name, r.charset, r.status, "
                        + "r.recorded, r.already_recorded, (SELECT COUNT(*) FROM import_line_error e WHERE e.import_run_id = r.id), "
                        + "r.submitted_by, r.submitted_at, r.finished_at, r.failure, r.job_execution_id, r.staged_path "
                        + "FROM import_run r WHERE r.id = ?")
                .setParameter(1, runId).getResultList();
        return rows.stream().findFirst().map(r -> new Progress(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(), (String) r[9],
                NativeValues.instant(r[10]), NativeValues.instant(r[11]), (String) r[12], r[13] == null ? null : ((Number) r[13]).longValue(),
                Path.of((String) r[14])));
    }

    /** Refused lines in file order, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportReport.LineError> errors(long runId, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line, column_name, reason, value FROM import_line_error "
                        + "WHERE import_run_id = ? ORDER BY line")
                .setParameter(1, runId).setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new ImportReport.LineError(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3])).toList();
    }

    /** The report of a finished run with its first {@code maxErrors} refused lines. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportReport report(Progress run, int maxErrors) {
        return new ImportReport(run.lines(), run.recorded(), run.alreadyRecorded(), run.rejected(),
                errors(run.id(), 0, maxErrors), run.charset() == null ? null : Charset.forName(run.charset()).name(),
                FAILED.equals(run.status()) ? run.failure() : null);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
