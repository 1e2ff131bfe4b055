package jp.medsec.personnel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContinuingTopicsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aTopicNeverTakenIsDueNowAndOneTakenFallsDueItsIntervalLater() {
        List<ContinuingTopics.Due> due = ContinuingTopics.falling(Map.of(
                "CONT-A", TODAY.minusMonths(12).plusDays(20), // due in 20 days: within the notice
                "CONT-B", TODAY.minusMonths(6)),               // due in six months: not yet
                Map.of("CONT-A", 12, "CONT-B", 12), TODAY);
        assertEquals(List.of("CONT-A", "CONT-C"), due.stream().map(ContinuingTopics.Due::topic).toList());
        assertEquals(TODAY.plusDays(20), due.get(0).dueOn());
        assertFalse(due.get(0).overdue());
        assertTrue(due.get(1).neverTaken() && due.get(1).overdue());
        assertEquals("never", due.get(1).occurrence());
    }

    @Test
    void pastItsDayATopicIsOverdueAndTheIntervalIsData() {
        List<ContinuingTopics.Due> due = ContinuingTopics.falling(Map.of("CONT-A", TODAY.minusMonths(7),
                "CONT-B", TODAY.minusMonths(25), "CONT-C", TODAY.minusMonths(1)), Map.of("CONT-A", 6), TODAY);
        assertEquals(List.of("CONT-A", "CONT-B"), due.stream().map(ContinuingTopics.Due::topic).toList(),
                "CONT-A every six months; the others default to twelve");
        assertTrue(due.get(0).overdue() && due.get(1).overdue());
        assertEquals(TODAY.minusMonths(1), due.get(0).dueOn());
    }
}
