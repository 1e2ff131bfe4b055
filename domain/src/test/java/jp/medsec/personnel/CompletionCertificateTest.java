package jp.medsec.personnel;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletionCertificateTest {

    @Test
    void numbersCarryTheGroupAndEightDigits() {
        assertEquals("SCA-00000012", CompletionCertificate.number(Group.A, 12));
        assertEquals("SCC-99999999", CompletionCertificate.number(Group.C, 99_999_999));
        assertThrows(IllegalArgumentException.class, () -> CompletionCertificate.number(Group.B, 0));
        assertTrue(CompletionCertificate.isNumber("SCB-00000001"));
        assertFalse(CompletionCertificate.isNumber("SCD-00000001"));
        assertFalse(CompletionCertificate.isNumber("HIT-00000001"));
        assertFalse(CompletionCertificate.isNumber(null));
    }

    @Test
    void aCertificateNeedsAModuleTakenAndANumberOfItsGroup() {
        LocalDate day = LocalDate.of(2026, 11, 10);
        assertThrows(IllegalArgumentException.class, () -> new CompletionCertificate("SCA-00000001", 7, Group.A, day,
                List.of(), Modules.A_HIS, Instant.now()), "everything exempt: nothing was taken");
        assertThrows(IllegalArgumentException.class, () -> new CompletionCertificate("SCB-00000001", 7, Group.A, day,
                Modules.A_SECURITY, List.of(), Instant.now()));
        CompletionCertificate c = new CompletionCertificate("SCA-00000001", 7, Group.A, day, Modules.A_SECURITY,
                Modules.A_HIS, Instant.now());
        assertEquals(Modules.A_SECURITY, c.getModulesTaken());
        assertEquals(Modules.A_HIS, c.getModulesExempt());
    }
}
