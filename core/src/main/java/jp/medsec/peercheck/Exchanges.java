package jp.medsec.peercheck;

/** The cheapest single exchange that gives a participant a named other checker, for the explanations. */
final class Exchanges {

    private Exchanges() {
    }

    /**
     * By how many tenths of a km the plan's distance grows with the cheapest (by cost) reassign, swap or chain that
     * makes x check y and keeps every rule; null when none does.
     */
    static Long cheapestGiving(CostModel m, Plan original, int y, int x) {
        Plan plan = new Plan(original);
        int old = plan.checker[y];
        long baseCost = plan.cost;
        long baseKm = plan.distanceDeciKm();
        int reciprocal = plan.reciprocalPairs;
        long bestCost = Long.MAX_VALUE;
        Long bestKm = null;
        if (plan.load[x] < m.capacity[x]) {
            plan.set(y, x);
            if (plan.reciprocalPairs <= reciprocal) {
                bestCost = plan.cost - baseCost;
                bestKm = plan.distanceDeciKm() - baseKm;
            }
            plan.set(y, old);
            return bestKm;
        }
        int[] checked = java.util.Arrays.copyOf(plan.checks[x], plan.load[x]);
        java.util.Arrays.sort(checked);
        for (int b2 : checked) {
            if (m.pinnedChecker[b2] >= 0) {
                continue;
            }
            for (int z = 0; z < m.n; z++) {
                boolean room = z == old || plan.load[z] < m.capacity[z];
                if (z == x || !room || !m.allowed[z][b2]) {
                    continue;
                }
                plan.set(y, x);
                plan.set(b2, z);
                if (plan.reciprocalPairs <= reciprocal && plan.cost - baseCost < bestCost) {
                    bestCost = plan.cost - baseCost;
                    bestKm = plan.distanceDeciKm() - baseKm;
                }
                plan.set(b2, x);
                plan.set(y, old);
            }
        }
        return bestKm;
    }
}
