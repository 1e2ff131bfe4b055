package jp.medsec.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file read one record at a time, however large: the header's columns, then each data line with the number a
 * person sees in an editor (the header is line 1, blank lines count, a quoted field spanning lines counts its lines).
 * Only the text the parser has buffered is held, never the file.
 */
public final class CsvStream implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true)
            .get();

    private final LineTrackingReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long recordsRead;

    private CsvStream(Reader reader, Set<String> requiredColumnsAnyOf) {
        this.text = new LineTrackingReader(reader);
        try {
            this.parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException("The file is not valid CSV: " + e.getMessage(), e);
        }
        this.header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
            close();
            throw new IllegalArgumentException("The file is empty: line 1 must be a header");
        }
        if (!requiredColumnsAnyOf.isEmpty()
                && requiredColumnsAnyOf.stream().noneMatch(c -> header.contains(c.toLowerCase(Locale.ROOT)))) {
            close();
            throw new IllegalArgumentException("Line 1 (header) must name a column " + requiredColumnsAnyOf
                    + "; it has " + header);
        }
        this.records = parser.iterator();
    }

    /**
     * Opens the text for reading; throws IllegalArgumentException naming the problem when there is no header or the
     * header names none of the required columns (the caller closes the reader then).
     */
    public static CsvStream open(Reader reader, Set<String> requiredColumnsAnyOf) {
        return new CsvStream(reader, requiredColumnsAnyOf);
    }

    /** The header's column names, lower-cased. */
    public List<String> header() {
        return header;
    }

    /** How many data records were read so far (the checkpoint of an import). */
    public long recordsRead() {
        return recordsRead;
    }

    /**
     * The next data line, or null at the end. Throws {@link Malformed} when the text stops being CSV (an unclosed
     * quote), naming the line where the broken record starts.
     */
    public CsvFiles.Line next() {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new Malformed(text.lineOfNextContent(), e.getMessage());
        }
        recordsRead++;
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            fields.putIfAbsent(header.get(i), record.get(i));
        }
        // A record's position is where parsing resumed, before any blank lines it skipped: its line is the first line
        // with content at or after that position.
        return new CsvFiles.Line(text.lineOfContentAtOrAfter(record.getCharacterPosition()), Map.copyOf(fields));
    }

    /** Skips data records, e.g. to resume from a checkpoint. */
    public void skip(long count) {
        for (long i = 0; i < count && next() != null; i++) {
            // read and forget
        }
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            } else {
                text.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text stops being CSV at a line. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;

        Malformed(long line, String detail) {
            super("The file is not valid CSV from line " + line + ": " + detail);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /**
     * Passes the text through, remembering where lines start and where the first character other than a line break
     * stands on each line, only as far back as the parser still needs (positions are asked in increasing order).
     */
    static final class LineTrackingReader extends FilterReader {

        private final ArrayDeque<Long> newlines = new ArrayDeque<>();
        private final ArrayDeque<Long> contentStarts = new ArrayDeque<>();
        private long position;
        private boolean atLineStart = true;
        private long newlinesForgotten;
        private long lastRecordStart = -1;

        LineTrackingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) {
            if (c == '\n') {
                newlines.addLast(position);
                atLineStart = true;
            } else if (c != '\r' && atLineStart) {
                contentStarts.addLast(position);
                atLineStart = false;
            }
            position++;
        }

        /** 1-based line of the first line content at or after the position. */
        long lineOfContentAtOrAfter(long from) {
            while (!contentStarts.isEmpty() && contentStarts.peekFirst() < from) {
                contentStarts.pollFirst();
            }
            long at = contentStarts.isEmpty() ? position : contentStarts.peekFirst();
            lastRecordStart = at;
            while (!newlines.isEmpty() && newlines.peekFirst() < at) {
                newlines.pollFirst();
                newlinesForgotten++;
            }
            return newlinesForgotten + 1;
        }

        /** The line where the text not yet returned as a record starts (for a malformed record). */
        long lineOfNextContent() {
            return lineOfContentAtOrAfter(lastRecordStart + 1);
        }
    }
}
