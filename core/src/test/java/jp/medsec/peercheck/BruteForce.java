package jp.medsec.peercheck;

/** Every plan of a small problem, for the least cost (or none): the oracle for tiny instances. */
final class BruteForce {

    private BruteForce() {
    }

    /** The least total cost of a plan keeping every hard rule, or -1 when there is none. */
    static long optimum(CostModel m) {
        long[] best = {-1};
        search(m, 0, new int[m.n], new int[m.n], best);
        return best[0];
    }

    private static void search(CostModel m, int y, int[] checker, int[] load, long[] best) {
        if (y == m.n) {
            long cost = 0;
            for (int i = 0; i < m.n; i++) {
                cost += m.arc[checker[i]][i];
                if (checker[checker[i]] == i) {
                    return;
                }
            }
            for (int x = 0; x < m.n; x++) {
                cost += CostModel.loadCost(load[x]);
            }
            if (best[0] < 0 || cost < best[0]) {
                best[0] = cost;
            }
            return;
        }
        for (int x = 0; x < m.n; x++) {
            boolean pinOk = m.pinnedChecker[y] < 0 || m.pinnedChecker[y] == x;
            if (pinOk && m.allowed[x][y] && load[x] < m.capacity[x] && !(x < y && checker[x] == y)) {
                checker[y] = x;
                load[x]++;
                search(m, y + 1, checker, load, best);
                load[x]--;
            }
        }
    }
}
