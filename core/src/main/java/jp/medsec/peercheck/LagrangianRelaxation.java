package jp.medsec.peercheck;

import java.util.ArrayList;
import java.util.List;

/**
 * The assignment with the no-reciprocal rule priced in: for x_ab + x_ba ≤ 1 a price λ_ab ≥ 0 is added to both arcs of
 * the pair and Σλ subtracted; subgradient steps (Polyak's, towards a known plan's cost) raise the price of pairs the
 * assignment makes reciprocal and lower it on the others. For any prices the result is a lower bound of every plan's
 * cost; the assignment at the best bound has few reciprocal pairs and is a far better start for the search than the
 * plain one, which pairs mutual neighbours. Deterministic: a fixed number of steps, integer prices.
 */
final class LagrangianRelaxation {

    record Result(long bound, int[] checker) {
    }

    private LagrangianRelaxation() {
    }

    static Result run(CostModel m, long upperBound, int iterations, int patience) {
        int n = m.n;
        long[][] price = new long[n][n];
        List<int[]> priced = new ArrayList<>();
        boolean[][] isPriced = new boolean[n][n];
        long best = Long.MIN_VALUE;
        int[] bestChecker = null;
        double theta = 1.0;
        int sinceBetter = 0;
        for (int it = 0; it < iterations; it++) {
            Relaxation.Result r = Relaxation.solve(m, it == 0 ? null : price);
            long sum = 0;
            for (int[] p : priced) {
                sum += price[p[0]][p[1]];
            }
            long bound = r.cost() - sum;
            if (bound > best) {
                best = bound;
                bestChecker = r.checker();
                sinceBetter = 0;
            } else if (++sinceBetter >= patience) {
                theta /= 2;
                sinceBetter = 0;
            }
            int[] checker = r.checker();
            for (int y = 0; y < n; y++) {
                int x = checker[y];
                if (checker[x] == y && y < x && !isPriced[y][x]) {
                    isPriced[y][x] = true;
                    isPriced[x][y] = true;
                    priced.add(new int[]{y, x});
                }
            }
            long norm = 0;
            int[] g = new int[priced.size()];
            for (int i = 0; i < priced.size(); i++) {
                int a = priced.get(i)[0];
                int b = priced.get(i)[1];
                g[i] = (checker[b] == a ? 1 : 0) + (checker[a] == b ? 1 : 0) - 1;
                if (g[i] > 0 || price[a][b] > 0) {
                    norm += (long) g[i] * g[i];
                }
            }
            if (norm == 0 || upperBound <= bound || theta < 1e-4) {
                break;
            }
            double step = theta * (upperBound - bound) / norm;
            for (int i = 0; i < priced.size(); i++) {
                int a = priced.get(i)[0];
                int b = priced.get(i)[1];
                long value = Math.max(0, Math.round(price[a][b] + step * g[i]));
                price[a][b] = value;
                price[b][a] = value;
            }
        }
        return new Result(best, bestChecker);
    }
}
