package jp.medsec.peercheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A problem as arrays indexed by the participants' position in code order: which arcs (checker → checked) the fixed
 * rules allow, and what each costs. Costs are exact integers: distances in tenths of a km (the rounded per-pair
 * distances, so that the optimised total is the {@code totalDistanceKm} shown), lexicographic tiers by weights.
 */
final class CostModel {

    final PairingProblem problem;
    final int n;
    final String[] codes;
    final Participant[] participants;
    final int[] capacity;
    final int[][] deciKm;
    /** allowed[a][b]: a may check b as far as self, corporate group, conflicts and the last cycle go. */
    final boolean[][] allowed;
    /** The cost of arc a → b: the preference's primary tier times {@link #balanceWeight}. */
    final long[][] arc;
    /** One participant making two checks costs 1; one unit of the primary tier costs this (more than n). */
    final long balanceWeight;
    /** The pinned checker of each checked one, or -1. */
    final int[] pinnedChecker;
    final Map<String, Integer> index = new HashMap<>();
    private final int[] lastChecker;
    private final boolean[][] conflict;

    CostModel(PairingProblem problem, PrefectureOffices offices) {
        this.problem = problem;
        List<Participant> list = problem.participants();
        n = list.size();
        participants = list.toArray(new Participant[0]);
        codes = new String[n];
        capacity = new int[n];
        for (int i = 0; i < n; i++) {
            codes[i] = participants[i].institutionCode();
            capacity[i] = participants[i].capacity();
            index.put(codes[i], i);
        }
        lastChecker = new int[n];
        Arrays.fill(lastChecker, -1);
        problem.previousCheckers().forEach((checked, checker) -> {
            Integer b = index.get(checked);
            Integer a = index.get(checker);
            if (a != null && b != null) {
                lastChecker[b] = a;
            }
        });
        pinnedChecker = new int[n];
        Arrays.fill(pinnedChecker, -1);
        for (Pin pin : problem.pins()) {
            pinnedChecker[index.get(pin.checked())] = index.get(pin.checker());
        }
        deciKm = new int[n][n];
        int maxDeciKm = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                deciKm[a][b] = offices.deciKm(participants[a].prefecture(), participants[b].prefecture());
                maxDeciKm = Math.max(maxDeciKm, deciKm[a][b]);
            }
        }
        conflict = new boolean[n][n];
        for (Conflict c : problem.conflicts()) {
            int a = index.get(c.first());
            int b = index.get(c.second());
            conflict[a][b] = true;
            conflict[b][a] = true;
        }
        allowed = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                allowed[a][b] = a != b && !conflict[a][b] && lastChecker[b] != a
                        && !participants[a].sameCorporateGroupAs(participants[b]);
            }
        }
        balanceWeight = n + 1L;
        // AVOID_SAME_PREFECTURE: one same-prefecture pair outweighs any total distance.
        long samePrefecture = Math.multiplyExact((long) n, maxDeciKm) + 1;
        arc = new long[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                long primary = switch (problem.travelPreference()) {
                    case NEAR -> deciKm[a][b];
                    case AVOID_SAME_PREFECTURE -> participants[a].prefecture().equals(participants[b].prefecture())
                            ? samePrefecture : deciKm[a][b];
                    case NONE -> 0;
                };
                arc[a][b] = Math.multiplyExact(primary, balanceWeight);
            }
        }
    }

    /** The fixed rules that forbid a → b (capacity and reciprocity depend on the rest of the plan). */
    List<HardRule> excluding(int a, int b) {
        List<HardRule> rules = new ArrayList<>(2);
        if (a == b) {
            rules.add(HardRule.SELF);
            return rules;
        }
        if (participants[a].sameCorporateGroupAs(participants[b])) {
            rules.add(HardRule.SAME_CORPORATE_GROUP);
        }
        if (conflict[a][b]) {
            rules.add(HardRule.CONFLICT_OF_INTEREST);
        }
        if (lastChecker[b] == a) {
            rules.add(HardRule.LAST_CYCLE_CHECKER);
        }
        return rules;
    }

    /** What a participant making {@code load} checks adds: 1 for two (the balance tier), else 0. */
    static long loadCost(int load) {
        return load >= 2 ? load - 1 : 0;
    }

    int index(String code) {
        Integer i = index.get(code);
        if (i == null) {
            throw new IllegalArgumentException(code + " does not take part in this cycle");
        }
        return i;
    }
}
