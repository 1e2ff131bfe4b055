package jp.medsec.certification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"HIT-0001", "SHI-12345678", "MIIS-00012345", "AB-1234", "ABCDE-99999999"})
    void acceptsTheFormat(String number) {
        assertEquals(number, new CertificateNumber(number).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"H-0001", "ABCDEF-0001", "HIT-123", "HIT-123456789", "hit-0001", "HIT0001", "HIT-00A1", ""})
    void refusesAnythingElse(String number) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CertificateNumber(number));
        assertTrue(e.getMessage().contains(number));
    }

    @Test
    void parsesWhatPeopleType() {
        assertEquals("HIT-00012345", CertificateNumber.parse("  hit-00012345 ").value());
        assertTrue(CertificateNumber.isWellFormed("miis-0001"));
        assertFalse(CertificateNumber.isWellFormed(null));
        assertFalse(CertificateNumber.isWellFormed("山田"));
    }

    @Test
    void numbersCarryTheTypePrefixAndEightDigits() {
        assertEquals("HIT-00000123", CertificateNumber.of(CertificationType.HIT, 123).value());
        assertEquals("SHI-00000001", CertificateNumber.of(CertificationType.SENIOR_HIT, 1).value());
        assertEquals("MIIS-99999999", CertificateNumber.of(CertificationType.MIIS, 99_999_999).value());
        assertThrows(IllegalArgumentException.class, () -> CertificateNumber.of(CertificationType.HIT, 100_000_000));
    }
}
