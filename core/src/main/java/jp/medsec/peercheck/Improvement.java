package jp.medsec.peercheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Improves a plan by exchanges that keep every fixed rule and every capacity: give a participant another checker with a
 * free slot (reassign), exchange the checkers of two participants (swap), or pass the change on along a chain (y takes
 * a's place, the one a checked takes x's, and that one's checked takes y's old checker: a 3-rotation, or x had a free
 * slot). Reciprocal pairs cost more than any such move can change, so the search removes them first.
 * <p>
 * Simulated annealing over these moves, then a deterministic first-improvement descent until no reassign, swap or
 * near chain improves. The random numbers come from a fixed seed and the iteration count from the size, never from the
 * clock, so the same problem gives the same plan on any machine.
 */
final class Improvement {

    static final long SEED = 20260401L;
    /** How many of a participant's cheapest checkers the chains look at. */
    static final int NEAR = 16;

    private final CostModel m;
    private final int[][] candidates;
    private final int[] movable;
    private final boolean[] pinned;
    final long reciprocalWeight;

    Improvement(CostModel m) {
        this.m = m;
        int n = m.n;
        pinned = new boolean[n];
        List<Integer> free = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            pinned[y] = m.pinnedChecker[y] >= 0;
            if (!pinned[y]) {
                free.add(y);
            }
        }
        movable = free.stream().mapToInt(Integer::intValue).toArray();
        candidates = new int[n][];
        long maxArc = 0;
        for (int y = 0; y < n; y++) {
            // By cost, then by code: sort cost·n + index as one long.
            long[] keys = new long[n];
            int count = 0;
            for (int x = 0; x < n; x++) {
                if (m.allowed[x][y] && m.capacity[x] > 0) {
                    keys[count++] = Math.addExact(Math.multiplyExact(m.arc[x][y], (long) n), x);
                }
                maxArc = Math.max(maxArc, m.arc[x][y]);
            }
            Arrays.sort(keys, 0, count);
            candidates[y] = new int[count];
            for (int i = 0; i < count; i++) {
                candidates[y][i] = (int) (keys[i] % n);
            }
        }
        reciprocalWeight = Math.addExact(Math.multiplyExact(4, maxArc), 8);
    }

    /**
     * The best plan annealing from {@code start} finds in {@code movesPerParticipant} moves per movable participant,
     * starting at {@code temperatureFactor} times the usual temperature (lower for a start that is already good),
     * then descended to a local optimum.
     */
    Plan improve(Plan start, int movesPerParticipant, double temperatureFactor, long seed) {
        Plan best = movable.length == 0 ? new Plan(start)
                : anneal(new Plan(start), movesPerParticipant, temperatureFactor, seed);
        descend(best);
        return best;
    }

    long objective(Plan plan) {
        return plan.objective(reciprocalWeight);
    }

    // --- annealing ---------------------------------------------------------------------------------------------

    private Plan anneal(Plan plan, int movesPerParticipant, double temperatureFactor, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long moves = (long) movesPerParticipant * movable.length;
        double t0 = startTemperature(plan, random) * temperatureFactor;
        if (t0 <= 0) {
            return plan;
        }
        double tEnd = t0 / 2000;
        double cooling = Math.pow(tEnd / t0, 1.0 / moves);
        double temperature = t0;
        // Reciprocal pairs are cheap at first, so that the search can pass through them between plans that keep the
        // rule; their weight grows until, from 70 % of the run on, no move can pay for one.
        double weight = 2 * t0;
        double growth = Math.pow(Math.max(1, reciprocalWeight / weight), 1.0 / (0.7 * moves));
        int[] undoY = new int[3];
        int[] undoX = new int[3];
        Plan best = new Plan(plan);
        long bestObjective = plan.objective(reciprocalWeight);
        for (long i = 0; i < moves; i++, temperature *= cooling, weight = Math.min(reciprocalWeight, weight * growth)) {
            long cost = plan.cost;
            int reciprocal = plan.reciprocalPairs;
            int changed = propose(plan, random, undoY, undoX);
            if (changed == 0) {
                continue;
            }
            double delta = (plan.cost - cost) + weight * (plan.reciprocalPairs - reciprocal);
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                long now = plan.objective(reciprocalWeight);
                if (now < bestObjective) {
                    bestObjective = now;
                    copy(plan, best);
                }
            } else {
                undo(plan, changed, undoY, undoX);
            }
        }
        return best;
    }

    private static void copy(Plan from, Plan to) {
        System.arraycopy(from.checker, 0, to.checker, 0, from.checker.length);
        System.arraycopy(from.load, 0, to.load, 0, from.load.length);
        for (int i = 0; i < from.checks.length; i++) {
            System.arraycopy(from.checks[i], 0, to.checks[i], 0, from.checks[i].length);
        }
        to.cost = from.cost;
        to.reciprocalPairs = from.reciprocalPairs;
    }

    /** Half the mean rise of a sample of moves (ignoring those that make a reciprocal pair). */
    private double startTemperature(Plan plan, SplittableRandom random) {
        int[] undoY = new int[3];
        int[] undoX = new int[3];
        double sum = 0;
        int rises = 0;
        long base = plan.objective(reciprocalWeight);
        for (int i = 0; i < 2000; i++) {
            int changed = propose(plan, random, undoY, undoX);
            if (changed > 0) {
                long delta = plan.objective(reciprocalWeight) - base;
                if (delta > 0 && delta < reciprocalWeight / 2) {
                    sum += delta;
                    rises++;
                }
                undo(plan, changed, undoY, undoX);
            }
        }
        return rises == 0 ? 0 : sum / rises / 2;
    }

    /** Applies a random move; returns how many pairs it changed (0: none applied), their old checkers in undo*. */
    private int propose(Plan plan, SplittableRandom random, int[] undoY, int[] undoX) {
        int y = movable[random.nextInt(movable.length)];
        int[] list = candidates[y];
        if (list.length == 0) {
            return 0;
        }
        int a = list[random.nextInt(random.nextInt(8) == 0 ? list.length : Math.min(NEAR, list.length))];
        int old = plan.checker[y];
        if (a == old) {
            return 0;
        }
        if (plan.load[a] < m.capacity[a]) {
            return apply(plan, undoY, undoX, y, a, -1, -1, -1, -1);
        }
        int b2 = plan.checks[a][random.nextInt(plan.load[a])];
        if (pinned[b2]) {
            return 0;
        }
        if (random.nextBoolean()) {
            return m.allowed[old][b2] ? apply(plan, undoY, undoX, y, a, b2, old, -1, -1) : 0;
        }
        int[] next = candidates[b2];
        if (next.length == 0) {
            return 0;
        }
        int x3 = next[random.nextInt(Math.min(NEAR, next.length))];
        if (x3 == a) {
            return 0;
        }
        if (plan.load[x3] < m.capacity[x3] || x3 == old) {
            return apply(plan, undoY, undoX, y, a, b2, x3, -1, -1);
        }
        int b3 = plan.checks[x3][random.nextInt(plan.load[x3])];
        if (pinned[b3] || b3 == y || b3 == b2 || !m.allowed[old][b3]) {
            return 0;
        }
        return apply(plan, undoY, undoX, y, a, b2, x3, b3, old);
    }

    private static int apply(Plan plan, int[] undoY, int[] undoX, int y1, int x1, int y2, int x2, int y3, int x3) {
        int changed = 0;
        undoY[changed] = y1;
        undoX[changed++] = plan.checker[y1];
        if (y2 >= 0) {
            undoY[changed] = y2;
            undoX[changed++] = plan.checker[y2];
        }
        if (y3 >= 0) {
            undoY[changed] = y3;
            undoX[changed++] = plan.checker[y3];
        }
        plan.set(y1, x1);
        if (y2 >= 0) {
            plan.set(y2, x2);
        }
        if (y3 >= 0) {
            plan.set(y3, x3);
        }
        return changed;
    }

    private static void undo(Plan plan, int changed, int[] undoY, int[] undoX) {
        for (int i = changed - 1; i >= 0; i--) {
            plan.set(undoY[i], undoX[i]);
        }
    }

    // --- descent -----------------------------------------------------------------------------------------------

    /** First improvement in code order until no reassign, swap (any checker) or chain (near checkers) improves. */
    void descend(Plan plan) {
        int[] undoY = new int[3];
        int[] undoX = new int[3];
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int y : movable) {
                int[] list = candidates[y];
                for (int r = 0; r < list.length; r++) {
                    if (tryFrom(plan, y, list[r], r < NEAR, undoY, undoX)) {
                        improved = true;
                    }
                }
            }
        }
    }

    private boolean tryFrom(Plan plan, int y, int a, boolean chains, int[] undoY, int[] undoX) {
        int old = plan.checker[y];
        if (a == old) {
            return false;
        }
        if (plan.load[a] < m.capacity[a]) {
            return keepIfBetter(plan, undoY, undoX, y, a, -1, -1, -1, -1);
        }
        for (int k = 0; k < plan.load[a]; k++) {
            int b2 = plan.checks[a][k];
            if (pinned[b2]) {
                continue;
            }
            if (m.allowed[old][b2] && keepIfBetter(plan, undoY, undoX, y, a, b2, old, -1, -1)) {
                return true;
            }
            if (!chains) {
                continue;
            }
            int[] next = candidates[b2];
            for (int r = 0; r < Math.min(NEAR, next.length); r++) {
                int x3 = next[r];
                if (x3 == a) {
                    continue;
                }
                if (plan.load[x3] < m.capacity[x3] || x3 == old) {
                    if (keepIfBetter(plan, undoY, undoX, y, a, b2, x3, -1, -1)) {
                        return true;
                    }
                    continue;
                }
                for (int l = 0; l < plan.load[x3]; l++) {
                    int b3 = plan.checks[x3][l];
                    if (!pinned[b3] && b3 != y && b3 != b2 && m.allowed[old][b3]
                            && keepIfBetter(plan, undoY, undoX, y, a, b2, x3, b3, old)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean keepIfBetter(Plan plan, int[] undoY, int[] undoX, int y1, int x1, int y2, int x2, int y3, int x3) {
        long before = plan.objective(reciprocalWeight);
        int changed = apply(plan, undoY, undoX, y1, x1, y2, x2, y3, x3);
        if (plan.objective(reciprocalWeight) < before) {
            return true;
        }
        undo(plan, changed, undoY, undoX);
        return false;
    }
}
