package jp.medsec.peercheck;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pairing as a min-cost assignment, pricing and local search. The assignment (every participant gets a checker
 * slot; a participant of capacity 2 offers a second slot that costs one unit of the balance tier; forbidden arcs cost
 * more than any plan without them) is the optimum without the no-reciprocal rule: a lower bound, and with symmetric
 * distances mostly mutual neighbours. {@link Improvement} anneals it into a plan without reciprocal pairs; that plan's
 * cost steers a short {@link LagrangianRelaxation} (reciprocal pairs priced into the assignment), whose assignment is
 * annealed again; the better plan is kept. Pinned pairs stay out of the assignment (their checker's slot is used) and
 * are never moved.
 * <p>
 * Distances are optimised on the rounded per-pair values (tenths of a km), so the minimised total is exactly the
 * {@code totalDistanceKm} API.md shows. Nothing depends on the iteration order of hash-based collections, the clock or
 * threads: participants are indexed in code order, ties break to the lower index, the search's random numbers come
 * from fixed seeds and its length from the number of participants.
 */
@ApplicationScoped
public class LocalSearchPairingSolver implements PairingSolver {

    /**
     * Annealing moves per participant from the plain assignment, for a first plan and an upper bound; at least this
     * many moves in all, so that small cycles are searched thoroughly (they are quick).
     */
    static final int QUICK_MOVES = 1500;
    static final int QUICK_MOVES_IN_ALL = 600_000;
    /** Subgradient steps pricing reciprocal pairs into the assignment. */
    static final int PRICING_STEPS = 25;
    /** Annealing moves per participant from the priced assignment, and at least in all. */
    static final int MOVES = 3000;
    static final int MOVES_IN_ALL = 2_000_000;
    /** Measured (bench/pairing.sh): the priced start annealed as hot as the first run ends best at 200 and 500. */
    static final double SECOND_TEMPERATURE = 1.0;

    private final PrefectureOffices offices;

    public LocalSearchPairingSolver() {
        this(PrefectureOffices.load());
    }

    LocalSearchPairingSolver(PrefectureOffices offices) {
        this.offices = offices;
    }

    @Override
    public Pairing solve(PairingProblem problem) {
        CostModel model = new CostModel(problem, offices);
        Feasibility.check(model);
        Improvement improvement = new Improvement(model);
        Relaxation.Result relaxed = Relaxation.solve(model, null);
        if (relaxed.usesForbiddenArc()) {
            throw Feasibility.shortage(model);
        }
        Plan plan = improvement.improve(new Plan(model, relaxed.checker()),
                Math.max(QUICK_MOVES, QUICK_MOVES_IN_ALL / model.n), 1.0, Improvement.SEED);
        if (plan.cost > relaxed.cost() || plan.reciprocalPairs > 0) {
            // Polyak's step needs a plan's cost; without a plan yet, twice the relaxation stands in for one.
            long upperBound = plan.reciprocalPairs == 0 ? plan.cost : Math.multiplyExact(2, relaxed.cost()) + 1;
            int[] priced = LagrangianRelaxation.run(model, upperBound, PRICING_STEPS, 3).checker();
            Plan again = improvement.improve(new Plan(model, priced),
                    Math.max(MOVES, MOVES_IN_ALL / model.n), SECOND_TEMPERATURE, Improvement.SEED + 1);
            if (improvement.objective(again) < improvement.objective(plan)) {
                plan = again;
            }
        }
        for (int y = 0; y < model.n; y++) {
            if (plan.reciprocal(y)) {
                throw new Infeasible(model.codes[y], "cannot be checked without a reciprocal pair: no exchange keeps "
                        + "it and " + model.codes[plan.checker[y]] + " from checking each other under the other rules");
            }
        }
        return pairingOf(model, plan);
    }

    Pairing pairingOf(CostModel model, Plan plan) {
        List<Assignment> assignments = new ArrayList<>(model.n);
        long distance = 0;
        for (int y = 0; y < model.n; y++) {
            int x = plan.checker[y];
            distance += model.deciKm[x][y];
            assignments.add(new Assignment(model.codes[y], model.codes[x], BigDecimal.valueOf(model.deciKm[x][y], 1),
                    model.pinnedChecker[y] >= 0, model.arc[x][y]));
        }
        return new Pairing(model.problem.travelPreference(), assignments, BigDecimal.valueOf(distance, 1), plan.cost);
    }

    @Override
    public List<Alternative> alternatives(PairingProblem problem, Pairing pairing, String checkedCode) {
        CostModel model = new CostModel(problem, offices);
        int[] checkers = new int[model.n];
        for (int y = 0; y < model.n; y++) {
            String code = pairing.checkerOf(model.codes[y]).orElseThrow(() -> new IllegalArgumentException(
                    "The pairing does not belong to this problem: it has no checker for a participant"));
            checkers[y] = model.index(code);
        }
        Plan plan = new Plan(model, checkers);
        int y = model.index(checkedCode);
        int current = plan.checker[y];
        List<Integer> others = new ArrayList<>();
        for (int x = 0; x < model.n; x++) {
            if (x != y && x != current) {
                others.add(x);
            }
        }
        others.sort(Comparator.<Integer>comparingLong(x -> model.arc[x][y]).thenComparingInt(x -> x));
        List<Alternative> alternatives = new ArrayList<>(3);
        for (int x : others.subList(0, Math.min(3, others.size()))) {
            alternatives.add(alternative(model, plan, y, x));
        }
        return alternatives;
    }

    private static Alternative alternative(CostModel model, Plan plan, int y, int x) {
        List<HardRule> rules = new ArrayList<>(model.excluding(x, y));
        if (model.pinnedChecker[y] >= 0) {
            rules.add(HardRule.PINNED);
        }
        if (plan.checker[x] == y) {
            rules.add(HardRule.RECIPROCAL);
        }
        if (model.capacity[x] == 0) {
            rules.add(HardRule.CAPACITY);
        }
        BigDecimal km = BigDecimal.valueOf(model.deciKm[x][y], 1);
        if (!rules.isEmpty()) {
            return new Alternative(model.codes[x], km, rules, null);
        }
        Long rise = Exchanges.cheapestGiving(model, plan, y, x);
        return new Alternative(model.codes[x], km, rules, rise == null ? null : BigDecimal.valueOf(rise, 1));
    }
}
