package jp.medsec.peercheck;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanViewTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);
    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

    private static PlanView.Pair pair(LocalDate proposed, LocalDate visit) {
        return pair(proposed, visit, CheckView.Progress.NONE);
    }

    private static PlanView.Pair pair(LocalDate proposed, LocalDate visit, CheckView.Progress progress) {
        return new PlanView.Pair(1, 2, "1310000011", "甲病院", 3, "1410000021", "乙病院", new BigDecimal("26.4"), 264,
                false, proposed, visit, progress);
    }

    @Test
    void aVisitedCheckGoesOnToItsReportAndReCheckAndIsOverdueWhenAStepIsLate() {
        LocalDate visit = TODAY.minusDays(20);
        assertEquals(PlanView.Stage.VISITED, pair(visit, visit).stage(TODAY));
        assertEquals(CheckStep.DOCUMENTS_DUE, pair(visit, visit).overdueStep(TODAY), "no document was supplied");
        CheckView.Progress documents = new CheckView.Progress(true, false, false, false);
        assertEquals(CheckStep.REPORT_DUE, pair(visit, visit, documents).overdueStep(TODAY), "the report is 6 days late");
        assertTrue(pair(visit, visit, documents).overdue(TODAY, DUE));
        CheckView.Progress reported = new CheckView.Progress(true, true, false, false);
        assertEquals(PlanView.Stage.REPORTED, pair(visit, visit, reported).stage(TODAY));
        assertFalse(pair(visit, visit, reported).overdue(TODAY, DUE), "remediation is due in three months");
        CheckView.Progress rechecked = new CheckView.Progress(true, true, true, true);
        assertEquals(PlanView.Stage.RECHECKED, pair(visit, visit, rechecked).stage(TODAY));
    }

    @Test
    void aCheckIsAtTheStageItsDatesSay() {
        assertEquals(PlanView.Stage.NO_DATE, pair(null, null).stage(TODAY));
        assertEquals(PlanView.Stage.PROPOSED, pair(TODAY.plusDays(40), null).stage(TODAY));
        assertEquals(PlanView.Stage.SCHEDULED, pair(TODAY.plusDays(40), TODAY.plusDays(40)).stage(TODAY));
        assertEquals(PlanView.Stage.SCHEDULED, pair(TODAY, TODAY).stage(TODAY), "on the day itself");
        assertEquals(PlanView.Stage.VISITED, pair(TODAY.minusDays(1), TODAY.minusDays(1)).stage(TODAY));
    }

    @Test
    void aCheckWithoutAnAgreedVisitIsOverdueOnceThirtyDaysNoticeNoLongerFitBeforeTheDeadline() {
        assertFalse(pair(null, null).overdue(DUE.minusDays(30), DUE), "a visit on the deadline itself still fits");
        assertTrue(pair(null, null).overdue(DUE.minusDays(29), DUE));
        assertTrue(pair(TODAY.plusDays(40), null).overdue(DUE.minusDays(10), DUE), "a proposal not confirmed in time");
        assertFalse(pair(DUE, DUE, new CheckView.Progress(true, false, false, false)).overdue(DUE.minusDays(10), DUE),
                "an agreed visit with its documents in is on time");
        assertTrue(pair(DUE, DUE).overdue(DUE.minusDays(10), DUE), "the documents were due 14 days before the visit");
    }

    @Test
    void theStagesAreCountedAllOfThem() {
        PlanView plan = new PlanView(2026, CycleStatus.PUBLISHED, TravelPreference.NEAR, DUE.minusMonths(10), DUE, null,
                null, List.of(), List.of(pair(null, null), pair(null, null), pair(TODAY.minusDays(3), TODAY.minusDays(3))));
        assertEquals(2L, plan.stages(TODAY).get(PlanView.Stage.NO_DATE));
        assertEquals(0L, plan.stages(TODAY).get(PlanView.Stage.PROPOSED));
        assertEquals(1L, plan.stages(TODAY).get(PlanView.Stage.VISITED));
    }
}
