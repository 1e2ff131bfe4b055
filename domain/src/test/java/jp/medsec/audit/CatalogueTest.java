package jp.medsec.audit;

import jp.medsec.institution.InstitutionTier;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The current version of a catalogue follows the calendar, as the migrations load them (V11, V13, V15). */
class CatalogueTest {

    private static final Catalogue INSTITUTION_2024 = mhlw("MHLW-INSTITUTION-2024", 2024);
    private static final Catalogue INSTITUTION_2025 = mhlw("MHLW-INSTITUTION-2025", 2025);
    private static final Catalogue INSTITUTION_2026 = mhlw("MHLW-INSTITUTION-2026", 2026);
    /** Listed out of order on purpose: the choice does not depend on how the versions come. */
    private static final List<Catalogue> FORMS = List.of(INSTITUTION_2025, INSTITUTION_2026, INSTITUTION_2024);

    private static Catalogue mhlw(String code, int fiscalYear) {
        return new Catalogue(code, Framework.MHLW_INSTITUTION, null, fiscalYear, LocalDate.of(fiscalYear, 4, 1));
    }

    private static String currentOn(LocalDate day) {
        return Catalogue.currentOf(FORMS, day).map(Catalogue::getCode).orElse("none");
    }

    @Test
    void theFiscal2025FormIsCurrentUntilTheLastDayOfItsYear() {
        assertEquals("MHLW-INSTITUTION-2025", currentOn(LocalDate.of(2025, 4, 1)));
        assertEquals("MHLW-INSTITUTION-2025", currentOn(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void theFiscal2026FormTakesOverOnTheFirstOfApril() {
        assertEquals("MHLW-INSTITUTION-2026", currentOn(LocalDate.of(2026, 4, 1)));
        assertEquals("MHLW-INSTITUTION-2026", currentOn(LocalDate.of(2026, 12, 1)), "the day of issue 9");
    }

    @Test
    void theLatestFormStaysCurrentUntilAnotherTakesEffect() {
        assertEquals("MHLW-INSTITUTION-2026", currentOn(LocalDate.of(2027, 4, 1)),
                "no FY2027 form loaded yet: the FY2026 one is still the one to answer");
    }

    @Test
    void beforeTheFirstVersionThereIsNoCurrentOne() {
        assertEquals("MHLW-INSTITUTION-2024", currentOn(LocalDate.of(2024, 4, 1)));
        assertEquals("none", currentOn(LocalDate.of(2024, 3, 31)));
        assertEquals("none", Catalogue.currentOf(List.of(), LocalDate.of(2026, 12, 1)).map(Catalogue::getCode).orElse("none"));
    }

    @Test
    void aVersionTakesEffectOnItsOwnDay() {
        assertFalse(INSTITUTION_2026.tookEffectBy(LocalDate.of(2026, 3, 31)));
        assertTrue(INSTITUTION_2026.tookEffectBy(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void theTierCataloguesOf30May2025AreCurrentFromThatDay() {
        Catalogue leading = new Catalogue("TIER-LEADING-2025", Framework.TIER, InstitutionTier.LEADING, 2025,
                LocalDate.of(2025, 5, 30));
        assertEquals(List.of(), Catalogue.currentOf(List.of(leading), LocalDate.of(2025, 5, 29)).stream().toList());
        assertEquals(List.of(leading), Catalogue.currentOf(List.of(leading), LocalDate.of(2026, 12, 1)).stream().toList());
    }
}
