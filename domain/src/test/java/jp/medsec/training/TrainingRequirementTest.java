package jp.medsec.training;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingRequirementTest {

    private static final TrainingRequirement.Figures LAST_YEAR_ALL =
            new TrainingRequirement.Figures(2025, LocalDate.of(2026, 3, 31), 120, 120);
    private static final TrainingRequirement.Figures LAST_YEAR_SOME =
            new TrainingRequirement.Figures(2025, LocalDate.of(2026, 3, 31), 120, 117);
    private static final TrainingRequirement.Figures SO_FAR =
            new TrainingRequirement.Figures(2026, LocalDate.of(2026, 6, 1), 122, 40);

    @Test
    void everyoneTrainedIsMetWithTheFigures() {
        Verdict verdict = TrainingRequirement.judge(null, LAST_YEAR_ALL);
        assertEquals(AuditStatus.MET, verdict.status());
        assertTrue(verdict.reasonJa().contains("対象職員 120 名のうち 120 名が受講（100%）"), verdict.reasonJa());
        assertTrue(verdict.reasonEn().contains("120 of 120"), verdict.reasonEn());
    }

    @Test
    void someTrainedIsPartialNamingHowManyAreMissing() {
        Verdict verdict = TrainingRequirement.judge(null, LAST_YEAR_SOME);
        assertEquals(AuditStatus.PARTIAL, verdict.status());
        assertTrue(verdict.reasonJa().contains("117 名が受講（97.5%）、未受講 3 名"), verdict.reasonJa());
    }

    @Test
    void nobodyTrainedIsNotMet() {
        assertEquals(AuditStatus.NOT_MET, TrainingRequirement.judge(
                new TrainingRequirement.Figures(2025, LocalDate.of(2026, 3, 31), 10, 0), null).status());
    }

    @Test
    void aYearUnderWayDefersToTheLastCompletedOneAndSaysHowFarItGot() {
        Verdict verdict = TrainingRequirement.judge(SO_FAR, LAST_YEAR_ALL);
        assertEquals(AuditStatus.MET, verdict.status(), "last year's 講習会 reached everyone");
        assertTrue(verdict.reasonJa().contains("今年度（2026年度）は 2026-06-01 時点で 40 / 122 名"), verdict.reasonJa());
    }

    @Test
    void aYearUnderWayWithEveryoneTrainedAlreadyIsMetFromIt() {
        Verdict verdict = TrainingRequirement.judge(
                new TrainingRequirement.Figures(2026, LocalDate.of(2026, 11, 1), 122, 122), LAST_YEAR_SOME);
        assertEquals(AuditStatus.MET, verdict.status());
        assertTrue(verdict.reasonJa().startsWith("2026年度"), verdict.reasonJa());
    }

    @Test
    void withoutLastYearTheYearUnderWayIsJudgedAsItStands() {
        assertEquals(AuditStatus.PARTIAL, TrainingRequirement.judge(SO_FAR, null).status());
    }

    @Test
    void withoutFiguresOrWithoutStaffItCannotBeJudged() {
        assertNull(TrainingRequirement.judge(null, null).status());
        Verdict empty = TrainingRequirement.judge(null, new TrainingRequirement.Figures(2025, LocalDate.of(2026, 3, 31), 0, 0));
        assertNull(empty.status());
        assertTrue(empty.reasonJa().contains("在職者がいない"), empty.reasonJa());
    }
}
