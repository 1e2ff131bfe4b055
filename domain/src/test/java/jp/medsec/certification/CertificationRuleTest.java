package jp.medsec.certification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificationRuleTest {

    private final CertificationRule hit = new CertificationRule(CertificationType.HIT, LocalDate.of(2001, 4, 1), 50, true,
            5, 11, 11, MonthDay.of(4, 5), 10_000);

    @Test
    void cyclesFollowTheRule() {
        CertificationCycle first = hit.firstCycleAfterPassing(2021);
        assertEquals(new CertificationCycle(LocalDate.of(2021, 11, 1), LocalDate.of(2026, 3, 31)), first);
        assertEquals(new CertificationCycle(LocalDate.of(2026, 4, 1), LocalDate.of(2031, 3, 31)), hit.cycleAfter(first));
        assertEquals(first, CertificationCycle.firstAfterPassing(2021), "the generator's defaults match the reference data");
    }

    @Test
    void theWindowRunsFromNovemberToTheCycleEnd() {
        CertificationCycle cycle = hit.firstCycleAfterPassing(2021);
        assertEquals(LocalDate.of(2025, 11, 1), hit.renewalWindowStart(cycle));
        assertTrue(hit.isInRenewalWindow(cycle, LocalDate.of(2025, 11, 1)));
        assertTrue(hit.isInRenewalWindow(cycle, LocalDate.of(2026, 3, 31)));
        assertFalse(hit.isInRenewalWindow(cycle, LocalDate.of(2025, 10, 31)));
        assertFalse(hit.isInRenewalWindow(cycle, LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2026, 4, 5), hit.papersDue(cycle));
    }

    @Test
    void aDeferralMovesTheEndByWholeYears() {
        CertificationCycle cycle = hit.firstCycleAfterPassing(2021);
        assertEquals(LocalDate.of(2027, 3, 31), hit.deferred(cycle, 1).end());
        assertEquals(cycle.start(), hit.deferred(cycle, 1).start());
    }

    @Test
    void nonsenseRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CertificationRule(CertificationType.HIT, LocalDate.now(), -1,
                true, 5, 11, 11, MonthDay.of(4, 5), 0));
    }
}
