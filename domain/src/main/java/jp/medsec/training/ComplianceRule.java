package jp.medsec.training;

import jp.medsec.institution.InstitutionTier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The annual training rule (seed 002 section 1; API.md "training-compliance"): every staff member employed on the
 * as-of day attends a qualifying information-security training between 1 April of the fiscal year and that day.
 * LEADING and SELF_DEFENDING hospitals need a lecture (講習会); ASSISTED ones a lecture or e-learning.
 */
public final class ComplianceRule {

    private ComplianceRule() {
    }

    /** 1 April opening the fiscal year. */
    public static LocalDate firstDay(int fiscalYear) {
        return LocalDate.of(fiscalYear, Month.APRIL, 1);
    }

    /** The earlier of {@code today} and 31 March ending the fiscal year. */
    public static LocalDate asOf(int fiscalYear, LocalDate today) {
        LocalDate last = LocalDate.of(fiscalYear + 1, Month.MARCH, 31);
        return today.isBefore(last) ? today : last;
    }

    public static List<TrainingKind> qualifyingKinds(InstitutionTier tier) {
        return tier == InstitutionTier.ASSISTED ? List.of(TrainingKind.LECTURE, TrainingKind.E_LEARNING)
                : List.of(TrainingKind.LECTURE);
    }

    /** Employed on the day: from on or before it, until blank or on or after it. */
    public static boolean inScope(LocalDate employedFrom, LocalDate employedUntil, LocalDate asOf) {
        return !employedFrom.isAfter(asOf) && (employedUntil == null || !employedUntil.isBefore(asOf));
    }

    /** trained / inScope to 4 decimals (half up); null when nobody is in scope. */
    public static BigDecimal rate(long trained, long inScope) {
        return inScope == 0 ? null : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(inScope), 4, RoundingMode.HALF_UP);
    }
}
