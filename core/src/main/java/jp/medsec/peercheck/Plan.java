package jp.medsec.peercheck;

import java.util.Arrays;

/**
 * A plan being improved: the checker of each participant, with the loads, the cost and the number of reciprocal pairs
 * (two checking each other) kept up to date by {@link #set}, so that a move is evaluated by applying it and undone by
 * applying it backwards, in exact integer arithmetic.
 */
final class Plan {

    final CostModel model;
    final int[] checker;
    final int[] load;
    /** checks[x][0..load[x]-1]: whom x checks (one more than the capacity for the instant inside a move). */
    final int[][] checks;
    long cost;
    int reciprocalPairs;

    Plan(CostModel model, int[] initialChecker) {
        this.model = model;
        int n = model.n;
        checker = new int[n];
        Arrays.fill(checker, -1);
        load = new int[n];
        checks = new int[n][Participant.MAX_CAPACITY + 1];
        for (int y = 0; y < n; y++) {
            set(y, initialChecker[y]);
        }
    }

    Plan(Plan other) {
        model = other.model;
        checker = other.checker.clone();
        load = other.load.clone();
        checks = new int[other.checks.length][];
        for (int i = 0; i < checks.length; i++) {
            checks[i] = other.checks[i].clone();
        }
        cost = other.cost;
        reciprocalPairs = other.reciprocalPairs;
    }

    /** Reciprocal pairs outweigh anything a move of at most three pairs can change in cost. */
    long objective(long reciprocalWeight) {
        return cost + reciprocalWeight * reciprocalPairs;
    }

    /** x checks y from now on. */
    void set(int y, int x) {
        int old = checker[y];
        if (old == x) {
            return;
        }
        if (old >= 0) {
            if (checker[old] == y) {
                reciprocalPairs--;
            }
            cost -= model.arc[old][y];
            cost += CostModel.loadCost(load[old] - 1) - CostModel.loadCost(load[old]);
            int[] list = checks[old];
            for (int i = 0; i < load[old]; i++) {
                if (list[i] == y) {
                    list[i] = list[load[old] - 1];
                    break;
                }
            }
            load[old]--;
        }
        checker[y] = x;
        if (checker[x] == y) {
            reciprocalPairs++;
        }
        cost += model.arc[x][y];
        cost += CostModel.loadCost(load[x] + 1) - CostModel.loadCost(load[x]);
        checks[x][load[x]++] = y;
    }

    boolean reciprocal(int y) {
        return checker[checker[y]] == y;
    }

    long distanceDeciKm() {
        long sum = 0;
        for (int y = 0; y < checker.length; y++) {
            sum += model.deciKm[checker[y]][y];
        }
        return sum;
    }
}
