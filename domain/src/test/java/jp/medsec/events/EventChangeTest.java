package jp.medsec.events;

import jp.medsec.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An announced event is corrected under the same rules it was registered with, and cancelled with a reason, once. */
class EventChangeTest {

    private Event event() {
        return new Event("医療情報技師 地方研修会", EventKind.TRAINING, "医療情報技師育成部会", LocalDate.of(2027, 2, 6),
                LocalDate.of(2027, 2, 6), 3, "EVENT", false);
    }

    @Test
    void aCorrectionKeepsTheRulesOfARegistration() {
        Event e = event();
        e.revise("医療情報技師 地方研修会（福岡）", EventKind.TRAINING, "医療情報技師育成部会", LocalDate.of(2027, 2, 13),
                LocalDate.of(2027, 2, 14), "福岡国際会議場", 5);
        assertEquals("医療情報技師 地方研修会（福岡）", e.getTitle());
        assertEquals(LocalDate.of(2027, 2, 14), e.getEndsOn());
        assertEquals("福岡国際会議場", e.getVenue());
        assertEquals(5, e.getPoints());
        assertThrows(IllegalArgumentException.class, () -> e.revise("x", EventKind.TRAINING, "y", LocalDate.of(2027, 2, 13),
                LocalDate.of(2027, 2, 12), null, 3), "ends before it starts");
        assertThrows(IllegalArgumentException.class, () -> e.revise("x", EventKind.TRAINING, "y", LocalDate.of(2027, 2, 13),
                LocalDate.of(2027, 2, 13), null, 21), "points beyond the rules");
        assertEquals(5, e.getPoints(), "a refused correction changes nothing");
    }

    @Test
    void aCancellationNeedsAReasonAndHappensOnce() {
        Event e = event();
        assertEquals("event.cancelReasonRequired", assertThrows(RuleViolation.class, () -> e.cancel(" ", Instant.now())).code());
        e.cancel("講師の都合により", Instant.now());
        assertTrue(e.isCancelled());
        assertEquals("event.cancelled", assertThrows(RuleViolation.class, () -> e.cancel("再度", Instant.now())).code());
        assertThrows(RuleViolation.class, () -> e.revise("x", EventKind.TRAINING, "y", LocalDate.of(2027, 2, 13),
                LocalDate.of(2027, 2, 13), null, 3));
    }
}
