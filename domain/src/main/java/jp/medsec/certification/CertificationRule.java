package jp.medsec.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * The renewal rules of one certification type, as reference data with the date they took effect (更新規定): points
 * required in a cycle, whether the 生涯研修セミナー is required, the cycle length in fiscal years, when the renewal
 * window opens, when papers are due, the fee. A revision is a new row (a migration), never a code change.
 */
@Entity
@Table(name = "certification_rule")
public class CertificationRule {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificationType type;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "required_points", nullable = false)
    private int requiredPoints;

    @Column(name = "seminar_required", nullable = false)
    private boolean seminarRequired;

    @Column(name = "cycle_fiscal_years", nullable = false)
    private int cycleFiscalYears;

    /** Month the first cycle starts in, in the pass year (11 = November). */
    @Column(name = "first_cycle_start_month", nullable = false)
    private int firstCycleStartMonth;

    /** Month of the cycle's last fiscal year in which the renewal window opens (11 = 1 November). */
    @Column(name = "renewal_window_start_month", nullable = false)
    private int renewalWindowStartMonth;

    @Column(name = "papers_due_month", nullable = false)
    private int papersDueMonth;

    @Column(name = "papers_due_day", nullable = false)
    private int papersDueDay;

    @Column(name = "renewal_fee_yen", nullable = false)
    private int renewalFeeYen;

    protected CertificationRule() {
    }

    public CertificationRule(CertificationType type, LocalDate effectiveFrom, int requiredPoints, boolean seminarRequired,
                             int cycleFiscalYears, int firstCycleStartMonth, int renewalWindowStartMonth,
                             MonthDay papersDue, int renewalFeeYen) {
        if (requiredPoints < 0 || cycleFiscalYears < 1 || renewalFeeYen < 0) {
            throw new IllegalArgumentException("Points, cycle length and fee must not be negative");
        }
        this.type = type;
        this.effectiveFrom = effectiveFrom;
        this.requiredPoints = requiredPoints;
        this.seminarRequired = seminarRequired;
        this.cycleFiscalYears = cycleFiscalYears;
        this.firstCycleStartMonth = firstCycleStartMonth;
        this.renewalWindowStartMonth = renewalWindowStartMonth;
        this.papersDueMonth = papersDue.getMonthValue();
        this.papersDueDay = papersDue.getDayOfMonth();
        this.renewalFeeYen = renewalFeeYen;
    }

    /** The first cycle of someone who passed in the given year: from the start month to 31 March, N fiscal years on. */
    public CertificationCycle firstCycleAfterPassing(int passYear) {
        LocalDate start = LocalDate.of(passYear, firstCycleStartMonth, 1);
        return new CertificationCycle(start,
                LocalDate.of(CertificationCycle.fiscalYearOf(start) + cycleFiscalYears, Month.MARCH, 31));
    }

    /** The cycle after a renewal: the next N fiscal years. */
    public CertificationCycle cycleAfter(CertificationCycle cycle) {
        return new CertificationCycle(cycle.end().plusDays(1), cycle.end().plusYears(cycleFiscalYears));
    }

    /** The cycle end moved by a deferral of the given number of fiscal years. */
    public CertificationCycle deferred(CertificationCycle cycle, int years) {
        return new CertificationCycle(cycle.start(), cycle.end().plusYears(years));
    }

    public LocalDate renewalWindowStart(CertificationCycle cycle) {
        int month = renewalWindowStartMonth;
        int year = month >= 4 ? cycle.end().getYear() - 1 : cycle.end().getYear();
        return LocalDate.of(year, month, 1);
    }

    public boolean isInRenewalWindow(CertificationCycle cycle, LocalDate day) {
        return !day.isBefore(renewalWindowStart(cycle)) && !day.isAfter(cycle.end());
    }

    /** The last day renewal papers are accepted: 5 April after the cycle's end. */
    public LocalDate papersDue(CertificationCycle cycle) {
        return LocalDate.of(cycle.end().getYear(), papersDueMonth, papersDueDay);
    }

    public Long getId() {
        return id;
    }

    public CertificationType getType() {
        return type;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getRequiredPoints() {
        return requiredPoints;
    }

    public boolean isSeminarRequired() {
        return seminarRequired;
    }

    public int getCycleFiscalYears() {
        return cycleFiscalYears;
    }

    public int getRenewalFeeYen() {
        return renewalFeeYen;
    }
}
