package jp.medsec.certification.points;

import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationRule;
import jp.medsec.certification.CertificationType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every points rule of DESIGN.md section 1, through the one evaluator, with the V2 reference data's values. */
class TranscriptCalculatorTest {

    static final CertificationRule HIT = new CertificationRule(CertificationType.HIT, LocalDate.of(2001, 4, 1), 50, true, 5,
            11, 11, MonthDay.of(4, 5), 10_000);
    static final CertificationRule MIIS = new CertificationRule(CertificationType.MIIS, LocalDate.of(2001, 4, 1), 50, false, 5,
            11, 11, MonthDay.of(4, 5), 10_000);

    static final List<PointCategory> CATEGORIES = List.of(
            new PointCategory("EVENT", "研修会・学会・セミナー", "Events", null, null, true, 10),
            new PointCategory("JAMI_MEMBERSHIP", "日本医療情報学会 会員", "JAMI membership", 2, 10, true, 20),
            new PointCategory("COMMITTEE", "委員会委員", "Committee membership", 10, null, true, 30),
            new PointCategory("EXAM_QUESTIONS", "試験問題作成", "Exam questions", null, 5, true, 40),
            new PointCategory("IHE_JUDGING", "IHEコネクタソン審査", "IHE Connectathon judging", 5, null, true, 50),
            new PointCategory("LECTURING", "講師", "Lecturing", null, 25, true, 60));

    /** 1 April 2025 – 31 March 2030: fiscal years 2025–2029. */
    static final CertificationCycle CYCLE = HIT.cycleAfter(HIT.firstCycleAfterPassing(2020));

    private static EarnedPoints points(String category, int points, LocalDate day) {
        return new EarnedPoints(category, points, day, false);
    }

    private static Transcript.Line line(Transcript t, String category) {
        return t.lines().stream().filter(l -> l.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void membershipIsCappedAtTwoPerFiscalYearAndTenPerCycle() {
        List<EarnedPoints> ledger = new ArrayList<>();
        for (int fy = 2025; fy <= 2029; fy++) {
            ledger.add(points("JAMI_MEMBERSHIP", 2, LocalDate.of(fy, 6, 1)));
            ledger.add(points("JAMI_MEMBERSHIP", 1, LocalDate.of(fy + 1, 1, 15))); // same fiscal year, over the cap
        }
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, ledger);
        Transcript.Line membership = line(t, "JAMI_MEMBERSHIP");
        assertEquals(15, membership.earned());
        assertEquals(10, membership.counted());
        assertEquals(List.of(2025, 2026, 2027, 2028, 2029), membership.cappedByYear());
        assertFalse(membership.cappedByCycle(), "five years of two is exactly ten");
    }

    @Test
    void theCycleCapCutsAfterTheYearlyCaps() {
        CertificationCycle longCycle = HIT.deferred(CYCLE, 2); // seven fiscal years after a deferral
        List<EarnedPoints> ledger = new ArrayList<>();
        for (int fy = 2025; fy <= 2031; fy++) {
            ledger.add(points("JAMI_MEMBERSHIP", 2, LocalDate.of(fy, 6, 1)));
        }
        Transcript.Line membership = line(TranscriptCalculator.calculate(HIT, longCycle, CATEGORIES, ledger), "JAMI_MEMBERSHIP");
        assertEquals(14, membership.earned());
        assertEquals(10, membership.counted());
        assertTrue(membership.cappedByCycle());
    }

    @Test
    void committeeMembershipIsCappedAtTenPerYear() {
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("COMMITTEE", 8, LocalDate.of(2025, 5, 1)), points("COMMITTEE", 8, LocalDate.of(2026, 2, 1)),
                points("COMMITTEE", 8, LocalDate.of(2026, 5, 1))));
        assertEquals(18, line(t, "COMMITTEE").counted(), "10 in FY2025 (16 earned) + 8 in FY2026");
        assertEquals(List.of(2025), line(t, "COMMITTEE").cappedByYear());
    }

    @Test
    void examQuestionsCountAtMostFive() {
        List<EarnedPoints> ledger = new ArrayList<>();
        for (int q = 0; q < 7; q++) {
            ledger.add(points("EXAM_QUESTIONS", 1, LocalDate.of(2026, 7, 1 + q)));
        }
        assertEquals(5, line(TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, ledger), "EXAM_QUESTIONS").counted());
    }

    @Test
    void iheJudgingIsCappedAtFivePerYear() {
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("IHE_JUDGING", 4, LocalDate.of(2027, 6, 1)), points("IHE_JUDGING", 4, LocalDate.of(2027, 9, 1)),
                points("IHE_JUDGING", 4, LocalDate.of(2028, 6, 1))));
        assertEquals(9, line(t, "IHE_JUDGING").counted());
    }

    @Test
    void lecturingCountsAtMostTwentyFivePerCycle() {
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("LECTURING", 20, LocalDate.of(2025, 10, 1)), points("LECTURING", 20, LocalDate.of(2027, 10, 1))));
        assertEquals(40, line(t, "LECTURING").earned());
        assertEquals(25, line(t, "LECTURING").counted());
        assertTrue(line(t, "LECTURING").isCapped());
    }

    @Test
    void pointsOutsideTheCycleDoNotCarryOver() {
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("EVENT", 40, LocalDate.of(2025, 3, 31)), // last day of the previous cycle
                points("EVENT", 7, LocalDate.of(2025, 4, 1)),
                points("EVENT", 7, LocalDate.of(2030, 3, 31)),
                points("EVENT", 7, LocalDate.of(2030, 4, 1)))); // first day of the next
        assertEquals(14, t.countedPoints());
        assertEquals(36, t.missingPoints());
    }

    @Test
    void pointsAboveTheRequirementAreNotOwedBack() {
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("EVENT", 70, LocalDate.of(2026, 1, 1)), new EarnedPoints("EVENT", 3, LocalDate.of(2026, 2, 1), true)));
        assertEquals(73, t.countedPoints());
        assertEquals(0, t.missingPoints());
        assertTrue(t.meetsRequirements());
    }

    @Test
    void hitNeedsTheSeminarInsideTheCycle() {
        Transcript without = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("EVENT", 60, LocalDate.of(2026, 1, 1)),
                new EarnedPoints("EVENT", 3, LocalDate.of(2024, 12, 1), true))); // previous cycle
        assertTrue(without.seminarMissing());
        assertNull(without.seminarAttendedOn());
        assertFalse(without.meetsRequirements());
        Transcript with = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of(
                points("EVENT", 60, LocalDate.of(2026, 1, 1)), new EarnedPoints("EVENT", 3, LocalDate.of(2028, 12, 1), true),
                new EarnedPoints("EVENT", 3, LocalDate.of(2027, 12, 1), true)));
        assertEquals(LocalDate.of(2027, 12, 1), with.seminarAttendedOn());
        assertTrue(with.meetsRequirements());
    }

    @Test
    void miisNeedsNoSeminarByDefault() {
        Transcript t = TranscriptCalculator.calculate(MIIS, CYCLE, CATEGORIES, List.of(points("EVENT", 50, LocalDate.of(2026, 1, 1))));
        assertFalse(t.seminarMissing());
        assertTrue(t.meetsRequirements());
    }

    @Test
    void theTranscriptSaysByWhen() {
        Transcript t = TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES, List.of());
        assertEquals(LocalDate.of(2029, 11, 1), t.renewalWindowStart());
        assertEquals(LocalDate.of(2030, 3, 31), t.deadline());
        assertEquals(LocalDate.of(2030, 4, 5), t.papersDue());
        assertEquals(50, t.missingPoints());
        assertEquals(CATEGORIES.size(), t.lines().size());
    }

    @Test
    void pointsOfAnUnknownCategoryAreAnError() {
        assertThrows(IllegalStateException.class, () -> TranscriptCalculator.calculate(HIT, CYCLE, CATEGORIES,
                List.of(points("BOWLING", 5, LocalDate.of(2026, 1, 1)))));
    }
}
