package jp.medsec.imports;

import java.util.List;
import java.util.Set;

/**
 * One kind of CSV import (exam passers, an event's attendance list, later staff rosters and training records): a CDI
 * bean of its subject that the {@code csv-import} job asks to check each line and to store the good ones of a chunk.
 * Checking reads; storing writes, all lines of a chunk at once, without a flush per line.
 */
public interface CsvLineImporter {

    /** What {@link #check} answers for a line that an earlier upload already stored. */
    Object ALREADY_RECORDED = new Object() {
        @Override
        public String toString() {
            return "ALREADY_RECORDED";
        }
    };

    /** The import's name, e.g. {@code EXAM_PASSERS}. */
    String kind();

    /** The header must name at least one of these columns (English or Japanese). */
    Set<String> identifyingColumns();

    /**
     * Columns the header must all have, each given by its names (English or Japanese, any of them); a file missing one
     * is refused whole before any line is read. None beyond {@link #identifyingColumns()} by default.
     */
    default java.util.List<Set<String>> requiredColumns() {
        return java.util.List.of();
    }

    /** The roles whose callers may submit this kind of file. */
    Set<String> allowedRoles();

    /** Refuses an upload whose target (e.g. the event) does not exist or cannot take one; nothing is staged then. */
    default void checkTarget(Long targetId) {
    }

    /**
     * Checks a line and answers what {@link #store} will write, or {@link #ALREADY_RECORDED}. {@code recentKeys} holds
     * the keys of the lines just before this one (at least the current chunk's), so that a repeated line is told
     * apart before the earlier one is stored; older lines of the same upload are found in the database by the run id.
     */
    Object check(CsvFiles.Line line, ImportJob job, RecentKeys recentKeys) throws LineRefused;

    /** Stores the checked lines of one chunk (none is {@link #ALREADY_RECORDED}). */
    void store(List<Object> checked, ImportJob job);

    /** The upload being imported. */
    record ImportJob(long runId, String kind, Long targetId, String submittedBy, java.time.Instant submittedAt) {
    }
}
