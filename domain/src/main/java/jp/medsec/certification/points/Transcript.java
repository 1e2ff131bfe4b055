package jp.medsec.certification.points;

import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationType;

import java.time.LocalDate;
import java.util.List;

/**
 * A certification's points for one cycle (ポイント取得状況): per category what was earned and what counts after the
 * caps, the total against the requirement, the seminar, and what is missing by when.
 *
 * @param seminarAttendedOn the first seminar in the cycle, or null
 * @param deadline          the cycle's last day: points and the seminar must be earned by then
 * @param papersDue         the last day renewal papers are accepted
 */
public record Transcript(CertificationType type, CertificationCycle cycle, int requiredPoints, int countedPoints,
                         boolean seminarRequired, LocalDate seminarAttendedOn, List<Line> lines,
                         LocalDate renewalWindowStart, LocalDate deadline, LocalDate papersDue) implements java.io.Serializable {

    /**
     * One category: points earned in the cycle, points that count, and the caps that cut them.
     *
     * @param cappedByYear  fiscal years whose points were cut by the yearly cap
     * @param cappedByCycle whether the cycle cap cut the total
     */
    public record Line(String category, String nameJa, String nameEn, int earned, int counted, Integer capPerFiscalYear,
                       Integer capPerCycle, List<Integer> cappedByYear, boolean cappedByCycle) implements java.io.Serializable {

        public boolean isCapped() {
            return counted < earned;
        }
    }

    /** Points still needed; points above the requirement are not carried over, so this never goes below zero. */
    public int missingPoints() {
        return Math.max(0, requiredPoints - countedPoints);
    }

    public boolean seminarMissing() {
        return seminarRequired && seminarAttendedOn == null;
    }

    /** How far along, in whole percent of the requirement (100 at or above it). */
    public int progressPercent() {
        return requiredPoints == 0 ? 100 : Math.min(100, countedPoints * 100 / requiredPoints);
    }

    public boolean meetsRequirements() {
        return missingPoints() == 0 && !seminarMissing();
    }
}
