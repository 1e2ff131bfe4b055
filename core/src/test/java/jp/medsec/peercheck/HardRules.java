package jp.medsec.peercheck;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks a pairing against API.md's hard rules, independently of the solver's own arrays. */
final class HardRules {

    private HardRules() {
    }

    static void assertKept(PairingProblem problem, Pairing pairing) {
        PrefectureOffices offices = PrefectureOffices.load();
        Map<String, Participant> byCode = new HashMap<>();
        problem.participants().forEach(p -> byCode.put(p.institutionCode(), p));
        assertEquals(byCode.size(), pairing.assignments().size(), "every participant is checked exactly once");
        Map<String, Integer> made = new HashMap<>();
        BigDecimal total = new BigDecimal("0.0");
        for (Assignment a : pairing.assignments()) {
            Participant checked = byCode.get(a.checked());
            Participant checker = byCode.get(a.checker());
            assertNotNull(checked, a.checked() + " takes part");
            assertNotNull(checker, a.checker() + " takes part");
            assertNotEquals(a.checker(), a.checked(), "nobody checks itself");
            assertFalse(checker.sameCorporateGroupAs(checked), a + ": same corporate group");
            assertFalse(problem.inConflict(a.checker(), a.checked()), a + ": conflict of interest");
            assertNotEquals(a.checker(), problem.previousCheckers().get(a.checked()), a + ": last cycle's checker");
            assertNotEquals(a.checked(), pairing.checkerOf(a.checker()).orElseThrow(), a + ": reciprocal");
            assertEquals(offices.km(checker.prefecture(), checked.prefecture()), a.distanceKm(), a + ": distance");
            made.merge(a.checker(), 1, Integer::sum);
            total = total.add(a.distanceKm());
        }
        made.forEach((code, count) -> assertTrue(count <= byCode.get(code).capacity(),
                code + " makes " + count + " checks, capacity " + byCode.get(code).capacity()));
        for (Pin pin : problem.pins()) {
            assertEquals(pin.checker(), pairing.checkerOf(pin.checked()).orElseThrow(), "pin " + pin + " kept");
            assertTrue(pairing.of(pin.checked()).orElseThrow().pinned(), "pin " + pin + " marked");
        }
        assertEquals(0, total.compareTo(pairing.totalDistanceKm()), "total is the sum of the rounded distances");
    }
}
