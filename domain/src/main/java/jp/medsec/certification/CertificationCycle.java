package jp.medsec.certification;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A renewal cycle: five fiscal years (April–March) ending on 31 March; the first runs from the November of the pass
 * year. The renewal window is 1 November – 31 March of the cycle's last fiscal year.
 */
public record CertificationCycle(LocalDate start, LocalDate end) implements java.io.Serializable {

    public static final int FISCAL_YEARS = 5;

    public CertificationCycle {
        Objects.requireNonNull(start, "Cycle start is required");
        Objects.requireNonNull(end, "Cycle end is required");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Cycle end " + end + " must be after its start " + start);
        }
    }

    /** The first cycle of someone who passed the exam in the given calendar year. */
    public static CertificationCycle firstAfterPassing(int passYear) {
        LocalDate start = LocalDate.of(passYear, Month.NOVEMBER, 1);
        return new CertificationCycle(start, LocalDate.of(fiscalYearOf(start) + FISCAL_YEARS, Month.MARCH, 31));
    }

    /** The cycle that follows this one after a renewal. */
    public CertificationCycle next() {
        LocalDate nextStart = end.plusDays(1);
        return new CertificationCycle(nextStart, end.plusYears(FISCAL_YEARS));
    }

    /** The fiscal year (年度) a date belongs to: April 2025 – March 2026 is fiscal 2025. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public LocalDate renewalWindowStart() {
        return LocalDate.of(end.getYear() - 1, Month.NOVEMBER, 1);
    }

    public boolean isInRenewalWindow(LocalDate day) {
        return !day.isBefore(renewalWindowStart()) && !day.isAfter(end);
    }

    /** Whether the day lies inside the cycle: points earned on it count for the cycle's certification. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean isOver(LocalDate day) {
        return day.isAfter(end);
    }
}
