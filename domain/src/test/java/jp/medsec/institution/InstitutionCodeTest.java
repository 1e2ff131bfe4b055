package jp.medsec.institution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstitutionCodeTest {

    @Test
    void aCodeIsPrefectureFeeTableAndSevenDigits() {
        InstitutionCode code = InstitutionCode.parse("13 1-123456７");
        assertEquals("1311234567", code.value());
        assertEquals(13, code.prefectureCode());
        assertTrue(InstitutionCode.isWellFormed("0131000011"));
    }

    @Test
    void badCodesAreRefusedNamingTheField() {
        for (String bad : new String[] {"131123456", "13112345678", "4811234567", "0011234567", "1321234567", "13a1234567"}) {
            assertFalse(InstitutionCode.isWellFormed(bad), bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstitutionCode.parse(bad));
            assertTrue(e.getMessage().startsWith("institutionCode"), e.getMessage());
        }
    }

    @Test
    void generatedCodesCarryTheBureausCheckDigit() {
        // 郡市区 01, 番号 0001: the check digit from weights 2 and 1 from the right, as the bureaus compute it
        InstitutionCode code = InstitutionCode.of(13, 1, 1);
        assertEquals("131010001", code.value().substring(0, 9));
        int sum = 0;
        String six = code.value().substring(3, 9);
        for (int i = 0; i < 6; i++) {
            int p = (six.charAt(5 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += p / 10 + p % 10;
        }
        assertEquals((10 - sum % 10) % 10, code.value().charAt(9) - '0');
    }
}
