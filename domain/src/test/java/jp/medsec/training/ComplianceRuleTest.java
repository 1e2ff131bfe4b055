package jp.medsec.training;

import jp.medsec.institution.InstitutionTier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplianceRuleTest {

    @Test
    void asOfIsTodayWithinTheYearAndTheLastOfMarchAfterIt() {
        assertEquals(LocalDate.of(2026, 12, 2), ComplianceRule.asOf(2026, LocalDate.of(2026, 12, 2)));
        assertEquals(LocalDate.of(2027, 3, 31), ComplianceRule.asOf(2026, LocalDate.of(2027, 3, 31)));
        assertEquals(LocalDate.of(2027, 3, 31), ComplianceRule.asOf(2026, LocalDate.of(2027, 4, 1)));
        assertEquals(LocalDate.of(2026, 4, 1), ComplianceRule.firstDay(2026));
    }

    @Test
    void inScopeCountsTheFirstAndTheLastDay() {
        LocalDate day = LocalDate.of(2027, 3, 31);
        assertTrue(ComplianceRule.inScope(day, null, day), "joined on the day");
        assertTrue(ComplianceRule.inScope(LocalDate.of(2020, 1, 1), day, day), "leaves on the day");
        assertFalse(ComplianceRule.inScope(LocalDate.of(2020, 1, 1), day.minusDays(1), day), "left the day before");
        assertFalse(ComplianceRule.inScope(day.plusDays(1), null, day), "joins after");
    }

    @Test
    void onlyAssistedHospitalsCountELearning() {
        assertEquals(List.of(TrainingKind.LECTURE), ComplianceRule.qualifyingKinds(InstitutionTier.LEADING));
        assertEquals(List.of(TrainingKind.LECTURE), ComplianceRule.qualifyingKinds(InstitutionTier.SELF_DEFENDING));
        assertEquals(List.of(TrainingKind.LECTURE, TrainingKind.E_LEARNING), ComplianceRule.qualifyingKinds(InstitutionTier.ASSISTED));
    }

    @Test
    void theRateHasFourDecimalsAndNoneWithoutStaff() {
        assertEquals(new BigDecimal("0.9859"), ComplianceRule.rate(1187, 1204));
        assertEquals(new BigDecimal("1.0000"), ComplianceRule.rate(3, 3));
        assertNull(ComplianceRule.rate(0, 0));
    }

    @Test
    void kindsAreReadAsSpreadsheetsWriteThem() {
        assertEquals(TrainingKind.LECTURE, TrainingKind.parse("講習会").orElseThrow());
        assertEquals(TrainingKind.LECTURE, TrainingKind.parse(" lecture ").orElseThrow());
        assertEquals(TrainingKind.E_LEARNING, TrainingKind.parse("eラーニング").orElseThrow());
        assertEquals(TrainingKind.E_LEARNING, TrainingKind.parse("ｅラーニング").orElseThrow(), "full-width e");
        assertEquals(TrainingKind.E_LEARNING, TrainingKind.parse("e-learning").orElseThrow());
        assertEquals(TrainingKind.E_LEARNING, TrainingKind.parse("E_LEARNING").orElseThrow());
        assertTrue(TrainingKind.parse("webinar").isEmpty());
    }
}
