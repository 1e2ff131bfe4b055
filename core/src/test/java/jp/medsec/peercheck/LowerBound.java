package jp.medsec.peercheck;

/**
 * Lower bounds of a problem's optimum, in the solver's cost units: the min-cost assignment without the no-reciprocal
 * rule (a relaxation), and the Lagrangian bound over x_ab + x_ba ≤ 1, run longer than the solver runs it.
 */
final class LowerBound {

    private LowerBound() {
    }

    static long relaxation(CostModel m) {
        return Relaxation.solve(m, null).cost();
    }

    static long lagrangian(CostModel m, long upperBound, int iterations) {
        return LagrangianRelaxation.run(m, upperBound, iterations, Math.max(10, Math.min(30, iterations / 40))).bound();
    }
}
