package jp.medsec.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The refused lines of an import step not written yet: written together, in the transaction of the chunk that read
 * them or a later one, never after the checkpoint that passes them was saved (a crash before that reads them again).
 */
public final class RefusedLines {

    private static final int WRITE_AT = 500;

    private final long runId;
    private final ImportRuns runs;
    private final List<ImportReport.LineError> pending = new ArrayList<>();

    public RefusedLines(long runId, ImportRuns runs) {
        this.runId = runId;
        this.runs = runs;
    }

    public void add(long line, String column, String reason, String value) {
        pending.add(new ImportReport.LineError(line, column, reason, value));
        if (pending.size() >= WRITE_AT) {
            write();
        }
    }

    /** Writes what is pending, in the caller's transaction. */
    public void write() {
        if (!pending.isEmpty()) {
            runs.refuse(runId, List.copyOf(pending));
            pending.clear();
        }
    }
}
