package jp.medsec.certification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificationCycleTest {

    @Test
    void theFirstCycleRunsFromNovemberOfThePassYearToTheEndOfTheFifthFiscalYear() {
        CertificationCycle cycle = CertificationCycle.firstAfterPassing(2020);
        assertEquals(LocalDate.of(2020, 11, 1), cycle.start());
        assertEquals(LocalDate.of(2025, 3, 31), cycle.end());
    }

    @Test
    void theNextCycleIsFiveFiscalYears() {
        CertificationCycle next = CertificationCycle.firstAfterPassing(2020).next();
        assertEquals(LocalDate.of(2025, 4, 1), next.start());
        assertEquals(LocalDate.of(2030, 3, 31), next.end());
    }

    @Test
    void theRenewalWindowIsNovemberToMarchOfTheLastYear() {
        CertificationCycle cycle = CertificationCycle.firstAfterPassing(2022);
        assertEquals(LocalDate.of(2026, 11, 1), cycle.renewalWindowStart());
        assertFalse(cycle.isInRenewalWindow(LocalDate.of(2026, 10, 31)));
        assertTrue(cycle.isInRenewalWindow(LocalDate.of(2026, 11, 1)));
        assertTrue(cycle.isInRenewalWindow(LocalDate.of(2027, 3, 31)));
        assertFalse(cycle.isInRenewalWindow(LocalDate.of(2027, 4, 1)));
        assertTrue(cycle.isOver(LocalDate.of(2027, 4, 1)));
        assertFalse(cycle.isOver(LocalDate.of(2027, 3, 31)));
    }

    @Test
    void fiscalYearsStartInApril() {
        assertEquals(2025, CertificationCycle.fiscalYearOf(LocalDate.of(2026, 3, 31)));
        assertEquals(2026, CertificationCycle.fiscalYearOf(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aCycleMustEndAfterItStarts() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertThrows(IllegalArgumentException.class, () -> new CertificationCycle(day, day));
        assertThrows(NullPointerException.class, () -> new CertificationCycle(null, day));
    }
}
