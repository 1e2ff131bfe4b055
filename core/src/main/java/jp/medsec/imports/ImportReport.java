package jp.medsec.imports;

import java.util.List;

/**
 * The outcome of a CSV import (attendance lists, exam passers): every line accounted for. Good lines are kept even when
 * others are bad; uploading the same file again records nothing twice.
 *
 * @param lines     the data lines read
 * @param rejected  how many lines were refused; {@code errors} holds the first of them (all when the report is complete)
 * @param charset   the encoding the file was read in (UTF-8 or windows-31j)
 * @param failure   why the import stopped before the end of the file (null when every line was read)
 */
public record ImportReport(long lines, long recorded, long alreadyRecorded, long rejected, List<LineError> errors,
                           String charset, String failure) implements java.io.Serializable {

    /**
     * A refused line: its number in the file, the column at fault (null for the line as a whole), a reason code (see
     * messages {@code csvError.*}) and the offending value.
     */
    public record LineError(long line, String column, String reason, String value) implements java.io.Serializable {
    }

    /** A file refused whole before any line was looked at (no header, a missing column, too large, not CSV). */
    public static ImportReport unreadable(String reason, String detail) {
        return new ImportReport(0, 0, 0, 1, List.of(new LineError(1, null, reason, detail)), null, null);
    }

    public boolean refusedWhole() {
        return lines == 0 && rejected == 1 && charset == null;
    }
}
