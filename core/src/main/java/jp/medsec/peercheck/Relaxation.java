package jp.medsec.peercheck;

/**
 * The min-cost assignment of checkers to the participants without the no-reciprocal rule: each participant of
 * capacity c offers c slots, its second costing one unit of the balance tier; pinned pairs use their checker's first
 * slots and stay out of the matrix; arcs the fixed rules forbid cost more than any plan without them. Its cost is a
 * lower bound of every plan's; with {@code surcharge} (per unordered pair, added to both arcs) it is the inner problem of
 * a Lagrangian bound.
 */
final class Relaxation {

    record Result(int[] checker, long cost, boolean usesForbiddenArc) {
    }

    private Relaxation() {
    }

    static Result solve(CostModel m, long[][] surcharge) {
        int n = m.n;
        int[] pinnedLoad = new int[n];
        int[] checker = new int[n];
        int rows = 0;
        long fixedCost = 0;
        for (int y = 0; y < n; y++) {
            checker[y] = m.pinnedChecker[y];
            if (checker[y] >= 0) {
                int x = checker[y];
                pinnedLoad[x]++;
                fixedCost += m.arc[x][y] + (surcharge == null ? 0 : surcharge[x][y]);
            } else {
                rows++;
            }
        }
        for (int x = 0; x < n; x++) {
            fixedCost += CostModel.loadCost(pinnedLoad[x]);
        }
        int cols = 0;
        for (int x = 0; x < n; x++) {
            cols += Math.max(0, m.capacity[x] - pinnedLoad[x]);
        }
        int[] slotChecker = new int[cols];
        long[] slotCost = new long[cols];
        int s = 0;
        for (int x = 0; x < n; x++) {
            for (int rank = pinnedLoad[x]; rank < m.capacity[x]; rank++) {
                slotChecker[s] = x;
                slotCost[s++] = CostModel.loadCost(rank + 1) - CostModel.loadCost(rank);
            }
        }
        int[] rowChecked = new int[rows];
        long maxArc = 0;
        int r = 0;
        for (int y = 0; y < n; y++) {
            if (checker[y] < 0) {
                rowChecked[r++] = y;
            }
            for (int x = 0; x < n; x++) {
                maxArc = Math.max(maxArc, m.arc[x][y] + 1 + (surcharge == null ? 0 : surcharge[x][y]));
            }
        }
        if (rows == 0) {
            return new Result(checker, fixedCost, false);
        }
        if (rows > cols) {
            return new Result(checker, Long.MAX_VALUE, true);
        }
        long forbidden = Math.addExact(Math.multiplyExact(maxArc, rows), 1);
        long[][] cost = new long[rows][cols];
        for (r = 0; r < rows; r++) {
            int y = rowChecked[r];
            for (s = 0; s < cols; s++) {
                int x = slotChecker[s];
                cost[r][s] = m.allowed[x][y]
                        ? m.arc[x][y] + slotCost[s] + (surcharge == null ? 0 : surcharge[x][y])
                        : forbidden;
            }
        }
        int[] column = MinCostAssignment.solve(cost, rows, cols);
        long total = fixedCost;
        boolean usesForbidden = false;
        for (r = 0; r < rows; r++) {
            int y = rowChecked[r];
            checker[y] = slotChecker[column[r]];
            usesForbidden |= cost[r][column[r]] == forbidden;
            total += cost[r][column[r]];
        }
        return new Result(checker, total, usesForbidden);
    }
}
