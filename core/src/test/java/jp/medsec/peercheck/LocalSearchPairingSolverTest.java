package jp.medsec.peercheck;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalSearchPairingSolverTest {

    private static final PrefectureOffices OFFICES = PrefectureOffices.load();
    private final LocalSearchPairingSolver solver = new LocalSearchPairingSolver(OFFICES);

    private static Participant p(String code, String prefecture) {
        return Participant.of(code, prefecture, null);
    }

    private static PairingProblem problem(List<Participant> participants) {
        return new PairingProblem(participants, Set.of(), Map.of(), List.of(), TravelPreference.NEAR);
    }

    @ParameterizedTest
    @EnumSource(TravelPreference.class)
    void everyHardRuleHoldsOnGeneratedInstances(TravelPreference preference) {
        for (int n : new int[]{3, 4, 7, 12, 30, 80, 150}) {
            for (long seed = 1; seed <= 4; seed++) {
                PairingProblem problem = Instances.generated(seed * 1000 + n, n, preference, n < 10 ? 0 : 0.10);
                if (n <= 8 && BruteForce.optimum(new CostModel(problem, OFFICES)) < 0) {
                    assertThrows(Infeasible.class, () -> solver.solve(problem), "no plan exists: refused");
                    continue;
                }
                HardRules.assertKept(problem, solver.solve(problem));
            }
        }
    }

    @Test
    void threeParticipantsCheckInACircle() {
        PairingProblem problem = problem(List.of(p("1300000001", "13"), p("1400000001", "14"), p("1100000001", "11")));
        Pairing pairing = solver.solve(problem);
        HardRules.assertKept(problem, pairing);
        Set<String> checkers = new HashSet<>();
        pairing.assignments().forEach(a -> checkers.add(a.checker()));
        assertEquals(3, checkers.size(), "each checks one");
    }

    @Test
    void distancesAreBetweenTheOfficesRoundedToATenth() {
        assertEquals(new BigDecimal("27.2"), OFFICES.km("13", "14"));
        assertEquals(new BigDecimal("2246.0"), OFFICES.km("01", "47"));
        assertEquals(new BigDecimal("0.0"), OFFICES.km("13", "13"));
        assertEquals(OFFICES.km("47", "01"), OFFICES.km("01", "47"));
    }

    @Test
    void unevenCountsUseASecondCheckAndCheckedOnlyMakesNone() {
        List<Participant> participants = List.of(
                new Participant("1300000001", "13", null, 0),
                new Participant("1300000002", "13", null, 2),
                p("1300000003", "13"), p("1300000004", "13"), p("1300000005", "13"));
        PairingProblem problem = problem(participants);
        Pairing pairing = solver.solve(problem);
        HardRules.assertKept(problem, pairing);
        assertTrue(pairing.checkedBy("1300000001").isEmpty(), "checked only");
        assertEquals(2, pairing.checkedBy("1300000002").size(), "the one of capacity 2 takes the extra check");
    }

    @Test
    void atEqualDistanceFewerMakeTwoChecks() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            participants.add(new Participant("130000000" + i, "13", null, 2));
        }
        Pairing pairing = solver.solve(problem(participants));
        for (Participant participant : participants) {
            assertEquals(1, pairing.checkedBy(participant.institutionCode()).size(), "nobody needs two");
        }
    }

    @Test
    void nearPrefersTheNeighbourAndAvoidSamePrefectureCrossesTheLine() {
        List<Participant> participants = List.of(p("1300000001", "13"), p("1300000002", "13"), p("1300000003", "13"),
                p("4700000001", "47"), p("4700000002", "47"), p("4700000003", "47"));
        Pairing near = solver.solve(problem(participants));
        assertEquals(0, near.totalDistanceKm().signum(), "two circles inside the prefectures");
        PairingProblem avoid = new PairingProblem(participants, Set.of(), Map.of(), List.of(),
                TravelPreference.AVOID_SAME_PREFECTURE);
        Pairing across = solver.solve(avoid);
        HardRules.assertKept(avoid, across);
        for (Assignment a : across.assignments()) {
            assertFalse(a.checker().substring(0, 2).equals(a.checked().substring(0, 2)), a + " crosses");
        }
    }

    @Test
    void avoidSamePrefectureKeepsPairsAcrossWheneverItCan() {
        PairingProblem problem = Instances.generated(77, 120, TravelPreference.AVOID_SAME_PREFECTURE);
        Pairing pairing = solver.solve(problem);
        HardRules.assertKept(problem, pairing);
        long same = pairing.assignments().stream()
                .filter(a -> a.checker().substring(0, 2).equals(a.checked().substring(0, 2))).count();
        assertEquals(0, same);
    }

    @Test
    void pinsAreKeptAndTheRestIsSolvedAround() {
        PairingProblem base = Instances.generated(5, 60, TravelPreference.NEAR);
        Pairing free = solver.solve(base);
        // Pin three pairs the free plan did not choose, each allowed by the fixed rules.
        List<Pin> pins = new ArrayList<>();
        List<Participant> ps = base.participants();
        for (int i = 0; i < ps.size() && pins.size() < 3; i++) {
            Participant checked = ps.get(i);
            for (int j = ps.size() - 1; j >= 0; j--) {
                Participant checker = ps.get(ps.size() - 1 - (i * 7 + j) % ps.size());
                String c = checker.institutionCode();
                String d = checked.institutionCode();
                boolean usedAsPin = pins.stream().anyMatch(pin -> pin.checker().equals(c) || pin.checked().equals(c)
                        || pin.checker().equals(d));
                if (!c.equals(d) && checker.capacity() > 0 && !checker.sameCorporateGroupAs(checked)
                        && !base.inConflict(c, d) && !c.equals(base.previousCheckers().get(d)) && !usedAsPin
                        && !c.equals(free.checkerOf(d).orElseThrow())) {
                    pins.add(new Pin(c, d));
                    break;
                }
            }
        }
        assertEquals(3, pins.size());
        PairingProblem pinned = base.withPins(pins);
        Pairing pairing = solver.solve(pinned);
        HardRules.assertKept(pinned, pairing);
        assertEquals(3, pairing.assignments().stream().filter(Assignment::pinned).count());
    }

    @Test
    void aPinThatBreaksARuleIsRefusedNamingIt() {
        List<Participant> participants = List.of(Participant.of("1300000001", "13", "G"),
                Participant.of("1300000002", "13", "G"), p("1300000003", "13"), p("1300000004", "13"));
        PairingProblem sameGroup = problem(participants).withPins(List.of(new Pin("1300000001", "1300000002")));
        Infeasible refused = assertThrows(Infeasible.class, () -> solver.solve(sameGroup));
        assertTrue(refused.getMessage().contains("1300000001 → 1300000002"), refused.getMessage());
        assertTrue(refused.getMessage().contains("same corporate group"), refused.getMessage());
        assertEquals("1300000002", refused.institutionCode());

        PairingProblem reciprocal = problem(participants).withPins(List.of(new Pin("1300000003", "1300000004"),
                new Pin("1300000004", "1300000003")));
        Infeasible each = assertThrows(Infeasible.class, () -> solver.solve(reciprocal));
        assertTrue(each.getMessage().contains("check each other"), each.getMessage());
    }

    @Test
    void theSameProblemGivesTheSamePairingWhateverTheOrderOfItsInput() {
        PairingProblem problem = Instances.generated(11, 150, TravelPreference.NEAR);
        Pairing first = solver.solve(problem);
        assertEquals(first, solver.solve(problem));

        List<Participant> shuffled = new ArrayList<>(problem.participants());
        Collections.shuffle(shuffled, new Random(3));
        List<Conflict> conflicts = new ArrayList<>(problem.conflicts());
        Collections.shuffle(conflicts, new Random(4));
        Set<Conflict> reversed = new HashSet<>();
        conflicts.forEach(c -> reversed.add(new Conflict(c.second(), c.first(), "other words")));
        Map<String, String> previous = new HashMap<>(problem.previousCheckers());
        PairingProblem again = new PairingProblem(shuffled, reversed, previous, List.of(), TravelPreference.NEAR);
        assertEquals(first, new LocalSearchPairingSolver(PrefectureOffices.load()).solve(again));
    }

    @Test
    void twoParticipantsCannotCheckEachOther() {
        Infeasible refused = assertThrows(Infeasible.class,
                () -> solver.solve(problem(List.of(p("1300000001", "13"), p("1300000002", "13")))));
        assertEquals("1300000001", refused.institutionCode());
        assertTrue(refused.getMessage().contains("no two may check each other"), refused.getMessage());
    }

    @Test
    void aHospitalEveryOtherIsExcludedFromCheckingIsNamedWithTheReasons() {
        List<Participant> participants = List.of(Participant.of("1311234567", "13", "12"),
                Participant.of("1300000001", "13", "12"), Participant.of("1300000002", "13", "12"),
                p("1300000003", "13"), p("1300000004", "13"), p("1300000005", "13"));
        Set<Conflict> conflicts = Set.of(Conflict.between("1311234567", "1300000003"),
                Conflict.between("1300000004", "1311234567"));
        PairingProblem problem = new PairingProblem(participants, conflicts, Map.of("1311234567", "1300000005"),
                List.of(), TravelPreference.NEAR);
        Infeasible refused = assertThrows(Infeasible.class, () -> solver.solve(problem));
        assertEquals("1311234567", refused.institutionCode());
        assertEquals("1311234567 cannot be checked: every other participant is excluded (same corporate group: 2, "
                + "conflicts: 2, last cycle's checker: 1)", refused.getMessage());
    }

    @Test
    void tooLittleCapacityInTotalIsRefused() {
        List<Participant> participants = List.of(new Participant("1300000001", "13", null, 0),
                p("1300000002", "13"), p("1300000003", "13"), p("1300000004", "13"));
        Infeasible refused = assertThrows(Infeasible.class, () -> solver.solve(problem(participants)));
        assertNull(refused.institutionCode());
        assertTrue(refused.getMessage().contains("3 checks in all but 4"), refused.getMessage());
    }

    @Test
    void hospitalsCompetingForTooFewCheckersAreNamed() {
        // 01 and 02 can only be checked by 03 (capacity 1); everyone else is of their group.
        List<Participant> participants = List.of(Participant.of("0100000001", "01", "G"),
                Participant.of("0100000002", "01", "G"), p("0100000003", "01"),
                Participant.of("0100000004", "01", "G"), new Participant("0100000005", "01", "G", 2));
        Infeasible refused = assertThrows(Infeasible.class, () -> solver.solve(problem(participants)));
        assertEquals("0100000001", refused.institutionCode());
        assertTrue(refused.getMessage().contains("(0100000003) have 1 checks to give"), refused.getMessage());
    }

    @Test
    void noPlanCostsLessThanTheRelaxationWithoutTheReciprocalRule() {
        for (long seed = 1; seed <= 3; seed++) {
            PairingProblem problem = Instances.generated(seed, 100, TravelPreference.NEAR);
            CostModel model = new CostModel(problem, OFFICES);
            Pairing pairing = solver.solve(problem);
            long relaxed = LowerBound.relaxation(model);
            long lagrangian = LowerBound.lagrangian(model, pairing.totalCost(), 60);
            assertTrue(relaxed <= lagrangian, "the Lagrangian bound starts from the relaxation");
            assertTrue(lagrangian <= pairing.totalCost(), "a bound is below every plan");
            double gap = (pairing.totalCost() - lagrangian) / (double) lagrangian;
            assertTrue(gap < 0.05, "within 5 % of the bound at 100, was " + gap);
        }
    }

    @Test
    void theAssignmentAgreesWithJGraphTsKuhnMunkres() {
        for (long seed = 1; seed <= 3; seed++) {
            PairingProblem problem = Instances.generated(seed, 40, TravelPreference.NEAR);
            CostModel model = new CostModel(problem, OFFICES);
            assertEquals(KuhnMunkresOracle.minimumCost(model), LowerBound.relaxation(model));
        }
    }

    @Test
    void smallInstancesReachTheExactOptimum() {
        int solved = 0;
        for (long seed = 1; seed <= 40; seed++) {
            int n = 4 + (int) (seed % 5);
            PairingProblem problem = Instances.generated(seed, n, TravelPreference.NEAR, 0.1);
            long optimum = BruteForce.optimum(new CostModel(problem, OFFICES));
            if (optimum < 0) {
                assertThrows(Infeasible.class, () -> solver.solve(problem));
            } else {
                assertEquals(optimum, solver.solve(problem).totalCost(), "seed " + seed + ", " + n + " participants");
                solved++;
            }
        }
        assertTrue(solved > 20, "most small instances have a plan: " + solved);
    }

    @Test
    void alternativesNameTheRuleOrTheExtraDistance() {
        PairingProblem problem = Instances.generated(21, 60, TravelPreference.NEAR);
        Pairing pairing = solver.solve(problem);
        int explained = 0;
        for (Participant participant : problem.participants()) {
            List<Alternative> alternatives = solver.alternatives(problem, pairing, participant.institutionCode());
            assertEquals(3, alternatives.size());
            for (Alternative alternative : alternatives) {
                assertFalse(alternative.checker().equals(participant.institutionCode()));
                if (alternative.excludedBy().isEmpty() && alternative.costlierByKm() != null) {
                    assertTrue(alternative.costlierByKm().signum() >= 0, alternative.reason());
                    assertTrue(alternative.reason().startsWith("costlier by "), alternative.reason());
                    explained++;
                }
            }
        }
        assertTrue(explained > 0);
    }
}
