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
        return new PlanView.Pair(1, 2, "1310000011", "甲病院", 3, "1410000021", "乙病院", new BigDecimal("26.4"), 264,
                false, proposed, visit);
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
        assertFalse(pair(DUE, DUE).overdue(DUE.minusDays(10), DUE), "an agreed visit is on time");
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
