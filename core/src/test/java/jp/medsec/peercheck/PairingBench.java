package jp.medsec.peercheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The pairing benchmark (bench/pairing.sh): for each size, several seeded generated cycles (NEAR); the solve time
 * after a warm-up and the gap of the plan's cost to two lower bounds, the plain assignment (no reciprocal rule) and the
 * Lagrangian bound. Arguments: sizes (default 200 500), then {@code --seeds N} (default 5).
 */
public final class PairingBench {

    private PairingBench() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int seeds = 5;
        int lagrangianIterations = Integer.getInteger("boundIterations", 1000);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seeds")) {
                seeds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--bound-iterations")) {
                lagrangianIterations = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(200, 500);
        }
        PrefectureOffices offices = PrefectureOffices.load();
        LocalSearchPairingSolver solver = new LocalSearchPairingSolver(offices);
        for (int w = 0; w < 3; w++) {
            solver.solve(Instances.generated(9000 + w, 300, TravelPreference.NEAR));
        }
        System.out.println("| participants | instances | median ms | slowest ms | reciprocal in assignment "
                + "| gap to assignment bound (median / max) | gap to Lagrangian bound (median / max) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            List<Double> millis = new ArrayList<>();
            List<Double> gapAssignment = new ArrayList<>();
            List<Double> gapLagrangian = new ArrayList<>();
            List<Double> reciprocalShare = new ArrayList<>();
            for (int seed = 1; seed <= seeds; seed++) {
                PairingProblem problem = Instances.generated(seed, n, TravelPreference.NEAR);
                long start = System.nanoTime();
                Pairing pairing = solver.solve(problem);
                millis.add((System.nanoTime() - start) / 1e6);
                CostModel model = new CostModel(problem, offices);
                Relaxation.Result relaxed = Relaxation.solve(model, null);
                int reciprocal = 0;
                for (int y = 0; y < n; y++) {
                    reciprocal += relaxed.checker()[relaxed.checker()[y]] == y ? 1 : 0;
                }
                reciprocalShare.add(reciprocal / (double) n);
                long lagrangian = LowerBound.lagrangian(model, pairing.totalCost(), lagrangianIterations);
                gapAssignment.add((pairing.totalCost() - relaxed.cost()) / (double) relaxed.cost());
                gapLagrangian.add((pairing.totalCost() - lagrangian) / (double) lagrangian);
                System.err.printf(Locale.ROOT, "n=%d seed=%d %.0f ms total %s km, cost %d, assignment %d, "
                                + "Lagrangian %d%n", n, seed, millis.get(millis.size() - 1), pairing.totalDistanceKm(),
                        pairing.totalCost(), relaxed.cost(), lagrangian);
            }
            System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.0f %% | %.2f %% / %.2f %% | %.2f %% / %.2f %% |%n",
                    n, seeds, median(millis), Collections.max(millis), 100 * median(reciprocalShare),
                    100 * median(gapAssignment), 100 * Collections.max(gapAssignment),
                    100 * median(gapLagrangian), 100 * Collections.max(gapLagrangian));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = sorted.size();
        return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
    }
}
