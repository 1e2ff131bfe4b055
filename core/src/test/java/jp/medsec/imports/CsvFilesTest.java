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
    void anUploadIsRefusedWholeForAMissingColumnOrTooManyLines() {
        CsvFiles.Upload ok = CsvFiles.readUpload("n\n1\n2\n".getBytes(StandardCharsets.UTF_8), Set.of("n"), 2);
        assertEquals(2, ok.lines().size());
        assertEquals("UTF-8", ok.charset());
        CsvFiles.Upload tooMany = CsvFiles.readUpload("n\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), Set.of("n"), 2);
        assertTrue(tooMany.refused());
        assertEquals("TOO_MANY_LINES", tooMany.refusal().errors().get(0).reason());
        assertEquals("3 > 2", tooMany.refusal().errors().get(0).value());
        assertEquals("HEADER", CsvFiles.readUpload("x\n1\n".getBytes(StandardCharsets.UTF_8), Set.of("n"), 2)
                .refusal().errors().get(0).reason());
    }
}
