package jp.medsec.imports;

import java.util.List;

/**
 * The outcome of a CSV import (attendance lists, exam passers): every line accounted for. Good lines are kept even when others are bad;
 * uploading the same file again records nothing twice.
 *
 * @param charset the encoding the file was read in (UTF-8 or windows-31j)
 */
public record ImportReport(int lines, int recorded, int alreadyRecorded, List<LineError> errors, String charset) {

    /** A refused line: its number in the file, a reason code (see messages {@code csvError.*}) and the offending value. */
    public record LineError(long line, String reason, String value) {
    }

    public static ImportReport unreadable(String reason, String detail) {
        return new ImportReport(0, 0, 0, List.of(new LineError(1, reason, detail)), null);
    }
}
