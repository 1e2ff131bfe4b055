package jp.medsec.imports;


import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV files as Japanese offices send them: UTF-8 (with or without BOM) or Shift_JIS/CP932 as Excel exports; a header
 * line; each data line numbered as a person sees it in an editor, so that errors can name it.
 */
public final class CsvFiles {

    public static final Charset CP932 = Charset.forName("windows-31j");

    private CsvFiles() {
    }

    /** Text decoded from the bytes, and the charset that was found. */
    public record Decoded(String text, Charset charset) {
    }

    /** A data line: its number in the file (the header is line 1) and its fields by lower-cased header name. */
    public record Line(long number, Map<String, String> fields) {

        /** The first non-blank value among the given column names (a header may be English or Japanese). */
        public String field(String... names) {
            for (String name : names) {
                String value = fields.get(name.toLowerCase(Locale.ROOT));
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return null;
        }
    }

    private static final List<java.time.format.DateTimeFormatter> DATE_FORMATS = List.of(
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuu-M-d"));

    /** Strict, so that 2026-02-30 is refused rather than read as 28 February. */
    private static java.time.format.DateTimeFormatter strict(String pattern) {
        return java.time.format.DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** A date as spreadsheets write it (2026-04-01, 2026/4/1, 2026.4.1), or null if it is none of these. */
    public static java.time.LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        for (java.time.format.DateTimeFormatter format : DATE_FORMATS) {
            try {
                return java.time.LocalDate.parse(text.strip(), format);
            } catch (java.time.format.DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** UTF-8 if the bytes are valid UTF-8 (a BOM is dropped), else CP932. */
    public static Decoded decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, CP932), CP932);
        }
    }

    /**
     * The data lines under the header. Throws IllegalArgumentException naming the problem when there is no header or
     * the header lacks a required column.
     */
    public static List<Line> read(String text, Set<String> requiredColumnsAnyOf) {
        List<Line> lines = new ArrayList<>();
        try (CsvStream stream = CsvStream.open(new StringReader(text), requiredColumnsAnyOf)) {
            for (Line line = stream.next(); line != null; line = stream.next()) {
                lines.add(line);
            }
        } catch (CsvStream.Malformed e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return lines;
    }
}
