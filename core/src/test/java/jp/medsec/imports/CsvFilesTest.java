package jp.medsec.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvFilesTest {

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = "認定番号\nHIT-0001\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(StandardCharsets.UTF_8, CsvFiles.decode(plain).charset());
        assertEquals("認定番号\nHIT-0001\n", CsvFiles.decode(bom).text());
    }

    @Test
    void readsShiftJisAsExcelExportsIt() {
        byte[] sjis = "認定番号,氏名\r\nHIT-0001,山田 太郎\r\n".getBytes(CsvFiles.CP932);
        CsvFiles.Decoded decoded = CsvFiles.decode(sjis);
        assertEquals(CsvFiles.CP932, decoded.charset());
        List<CsvFiles.Line> lines = CsvFiles.read(decoded.text(), Set.of("認定番号"));
        assertEquals("山田 太郎", lines.get(0).field("name", "氏名"));
    }

    @Test
    void numbersLinesAsAnEditorShowsThem() {
        String text = "certificate_number,name\nHIT-0001,a\n\nHIT-0002,\"multi\nline\"\nHIT-0003,c";
        List<CsvFiles.Line> lines = CsvFiles.read(text, Set.of("certificate_number"));
        assertEquals(List.of(2L, 4L, 6L), lines.stream().map(CsvFiles.Line::number).toList());
        assertEquals("HIT-0003", lines.get(2).field("CERTIFICATE_NUMBER"));
        assertNull(lines.get(0).field("attended_on"));
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvFiles.read("name,date\nx,y\n", Set.of("certificate_number", "認定番号")));
        assertTrue(e.getMessage().contains("Line 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvFiles.read("", Set.of("x")));
    }

    @Test
    void readsDatesAsSpreadsheetsWriteThem() {
        java.time.LocalDate april = java.time.LocalDate.of(2026, 4, 1);
        assertEquals(april, CsvFiles.parseDate("2026-04-01"));
        assertEquals(april, CsvFiles.parseDate(" 2026/4/1 "));
        assertEquals(april, CsvFiles.parseDate("2026.4.1"));
        assertNull(CsvFiles.parseDate("1 April 2026"));
        assertNull(CsvFiles.parseDate("2026-02-30"));
    }

    @Test
    void aStreamNumbersLinesAcrossBlankLinesAndQuotedBreaksAndResumesFromACheckpoint() {
        String text = "n,x\r\n1,a\r\n\r\n2,\"two\r\nlines\"\r\n3,c\r\n\r\n\r\n4,d";
        try (CsvStream stream = CsvStream.open(new java.io.StringReader(text), Set.of("n"))) {
            assertEquals(List.of("n", "x"), stream.header());
            assertEquals(2L, stream.next().number());
            CsvFiles.Line second = stream.next();
            assertEquals(4L, second.number());
            assertEquals("two\r\nlines", second.field("x"));
            assertEquals(6L, stream.next().number());
            assertEquals(9L, stream.next().number());
            assertNull(stream.next());
            assertEquals(4, stream.recordsRead());
        }
        try (CsvStream resumed = CsvStream.open(new java.io.StringReader(text), Set.of("n"))) {
            resumed.skip(2);
            assertEquals(6L, resumed.next().number(), "after a checkpoint of two records the third is line 6");
        }
    }

    @Test
    void aStreamHoldsOnlyWhatTheParserBuffersOfALargeFile() {
        java.io.Reader endless = new java.io.Reader() {
            private long served;
            private final char[] line = "HIT-0001,name\n".toCharArray();

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (served >= 2_000_000L * line.length) {
                    return -1;
                }
                int n = 0;
                while (n < length && served < 2_000_000L * line.length) {
                    buffer[offset + n++] = line[(int) (served++ % line.length)];
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        try (CsvStream stream = CsvStream.open(endless, Set.of("hit-0001"))) {
            long last = 0;
            for (CsvFiles.Line line = stream.next(); line != null; line = stream.next()) {
                last = line.number();
            }
            assertEquals(2_000_000L, last, "the header is line 1 and every record one line");
        }
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheBrokenRecordStarts() {
        try (CsvStream stream = CsvStream.open(new java.io.StringReader("n,x\n1,a\n2,\"never closed\n3,c\n"), Set.of("n"))) {
            assertEquals(2L, stream.next().number());
            CsvStream.Malformed e = assertThrows(CsvStream.Malformed.class, stream::next);
            assertEquals(3L, e.line(), e.getMessage());
        }
    }
}
