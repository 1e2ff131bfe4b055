package jp.medsec.peercheck;

import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.util.LinkedHashSet;
import java.util.Set;

/** The relaxation again through JGraphT's Kuhn–Munkres (square: unused slots matched to free dummies), no pins. */
final class KuhnMunkresOracle {

    private KuhnMunkresOracle() {
    }

    static long minimumCost(CostModel m) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<String> left = new LinkedHashSet<>();
        Set<String> right = new LinkedHashSet<>();
        for (int y = 0; y < m.n; y++) {
            left.add("y" + y);
        }
        int slots = 0;
        for (int x = 0; x < m.n; x++) {
            for (int k = 0; k < m.capacity[x]; k++) {
                right.add("x" + x + "/" + k);
                slots++;
            }
        }
        for (int d = 0; d < slots - m.n; d++) {
            left.add("dummy" + d);
        }
        left.forEach(graph::addVertex);
        right.forEach(graph::addVertex);
        double forbidden = 1e12;
        for (int x = 0; x < m.n; x++) {
            for (int k = 0; k < m.capacity[x]; k++) {
                String slot = "x" + x + "/" + k;
                for (int y = 0; y < m.n; y++) {
                    double w = m.allowed[x][y] ? m.arc[x][y] + CostModel.loadCost(k + 1) - CostModel.loadCost(k)
                            : forbidden;
                    graph.setEdgeWeight(graph.addEdge("y" + y, slot), w);
                }
                for (int d = 0; d < slots - m.n; d++) {
                    graph.setEdgeWeight(graph.addEdge("dummy" + d, slot), 0);
                }
            }
        }
        double weight = new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching()
                .getWeight();
        return Math.round(weight);
    }
}
