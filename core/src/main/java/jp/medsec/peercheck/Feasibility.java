package jp.medsec.peercheck;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.HopcroftKarpMaximumCardinalityBipartiteMatching;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Refuses a problem no pairing can satisfy, naming the hospital and why, before anything is optimised: too few
 * participants, a pin that breaks a rule, too little capacity, a hospital every other one is excluded from checking,
 * and, when the assignment finds no plan, through a maximum bipartite matching (JGraphT's Hopcroft–Karp on participants
 * × checker slots) a group of hospitals whose only allowed checkers have too few checks to give (Hall's condition).
 */
final class Feasibility {

    private static final int LISTED = 6;

    private Feasibility() {
    }

    static void check(CostModel m) {
        int n = m.n;
        if (n < 3) {
            throw new Infeasible(n == 0 ? null : m.codes[0], n == 0 ? "no participants"
                    : "cannot be checked: a cycle needs at least three participants, as no two may check each other");
        }
        int[] pinnedLoad = checkPins(m);
        long totalCapacity = 0;
        for (int c : m.capacity) {
            totalCapacity += c;
        }
        if (totalCapacity < n) {
            throw new Infeasible(null, "The participants can make " + totalCapacity + " checks in all but " + n
                    + " must be checked: allow a second check for " + (n - totalCapacity) + " more of them");
        }
        for (int y = 0; y < n; y++) {
            if (m.pinnedChecker[y] < 0) {
                checkHasAChecker(m, y, pinnedLoad);
            }
        }
    }

    /**
     * Names the hospitals competing for too few checkers, once the assignment had to use a forbidden arc (it is a
     * maximum matching on the allowed ones, since a forbidden arc costs more than any plan without one).
     */
    static Infeasible shortage(CostModel m) {
        int[] pinnedLoad = new int[m.n];
        for (int y = 0; y < m.n; y++) {
            if (m.pinnedChecker[y] >= 0) {
                pinnedLoad[m.pinnedChecker[y]]++;
            }
        }
        return hall(m, pinnedLoad);
    }

    private static int[] checkPins(CostModel m) {
        int[] pinnedLoad = new int[m.n];
        for (int y = 0; y < m.n; y++) {
            int x = m.pinnedChecker[y];
            if (x < 0) {
                continue;
            }
            String pin = m.codes[x] + " → " + m.codes[y];
            List<HardRule> rules = m.excluding(x, y);
            if (!rules.isEmpty()) {
                throw new Infeasible(m.codes[y], "cannot keep its pinned pair " + pin + ": "
                        + rules.stream().map(HardRule::words).collect(Collectors.joining(", ")));
            }
            if (m.pinnedChecker[x] == y) {
                throw new Infeasible(m.codes[y], "cannot keep its pinned pair " + pin + ": the pinned pair "
                        + m.codes[y] + " → " + m.codes[x] + " makes them check each other");
            }
            pinnedLoad[x]++;
        }
        for (int x = 0; x < m.n; x++) {
            if (pinnedLoad[x] > m.capacity[x]) {
                throw new Infeasible(m.codes[x], "cannot make its " + pinnedLoad[x] + " pinned checks: its capacity is "
                        + m.capacity[x]);
            }
        }
        return pinnedLoad;
    }

    private static void checkHasAChecker(CostModel m, int y, int[] pinnedLoad) {
        int group = 0;
        int conflicts = 0;
        int lastCycle = 0;
        int checkedOnly = 0;
        int fullWithPins = 0;
        for (int x = 0; x < m.n; x++) {
            if (x == y) {
                continue;
            }
            List<HardRule> rules = m.excluding(x, y);
            if (rules.isEmpty() && m.capacity[x] > pinnedLoad[x]) {
                return;
            }
            group += rules.contains(HardRule.SAME_CORPORATE_GROUP) ? 1 : 0;
            conflicts += rules.contains(HardRule.CONFLICT_OF_INTEREST) ? 1 : 0;
            lastCycle += rules.contains(HardRule.LAST_CYCLE_CHECKER) ? 1 : 0;
            if (rules.isEmpty()) {
                if (m.capacity[x] == 0) {
                    checkedOnly++;
                } else {
                    fullWithPins++;
                }
            }
        }
        List<String> counts = new ArrayList<>();
        counts.add("same corporate group: " + group);
        counts.add("conflicts: " + conflicts);
        counts.add("last cycle's checker: " + lastCycle);
        if (checkedOnly > 0) {
            counts.add("checked only: " + checkedOnly);
        }
        if (fullWithPins > 0) {
            counts.add("capacity taken by pinned pairs: " + fullWithPins);
        }
        throw new Infeasible(m.codes[y], "cannot be checked: every other participant is excluded ("
                + String.join(", ", counts) + ")");
    }

    private static Infeasible hall(CostModel m, int[] pinnedLoad) {
        int n = m.n;
        List<Integer> slotChecker = new ArrayList<>();
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Set<Integer> rows = new LinkedHashSet<>();
        Set<Integer> slots = new LinkedHashSet<>();
        for (int y = 0; y < n; y++) {
            if (m.pinnedChecker[y] < 0) {
                graph.addVertex(y);
                rows.add(y);
            }
        }
        for (int x = 0; x < n; x++) {
            for (int k = pinnedLoad[x]; k < m.capacity[x]; k++) {
                int slot = n + slotChecker.size();
                slotChecker.add(x);
                graph.addVertex(slot);
                slots.add(slot);
                for (int y : rows) {
                    if (m.allowed[x][y]) {
                        graph.addEdge(y, slot);
                    }
                }
            }
        }
        MatchingAlgorithm.Matching<Integer, DefaultEdge> matching =
                new HopcroftKarpMaximumCardinalityBipartiteMatching<>(graph, rows, slots).getMatching();
        if (matching.getEdges().size() == rows.size()) {
            throw new IllegalStateException("The assignment used a forbidden arc although a perfect matching exists");
        }
        int[] mate = new int[n + slotChecker.size()];
        java.util.Arrays.fill(mate, -1);
        for (DefaultEdge e : matching.getEdges()) {
            int a = graph.getEdgeSource(e);
            int b = graph.getEdgeTarget(e);
            mate[a] = b;
            mate[b] = a;
        }
        int unmatched = rows.stream().filter(y -> mate[y] < 0).findFirst().orElseThrow();
        // Every slot reachable by alternating paths is matched (the matching is maximum): together those rows need
        // more checks than their allowed checkers have.
        Set<Integer> group = new TreeSet<>();
        Set<Integer> checkers = new TreeSet<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(unmatched));
        group.add(unmatched);
        int slotCount = 0;
        Set<Integer> seenSlots = new TreeSet<>();
        while (!queue.isEmpty()) {
            int y = queue.poll();
            for (DefaultEdge e : graph.edgesOf(y)) {
                int slot = org.jgrapht.Graphs.getOppositeVertex(graph, e, y);
                if (seenSlots.add(slot)) {
                    slotCount++;
                    checkers.add(slotChecker.get(slot - n));
                    if (mate[slot] >= 0 && group.add(mate[slot])) {
                        queue.add(mate[slot]);
                    }
                }
            }
        }
        // Which of the group the matching left out is an accident of the matching: name the first by code.
        int named = ((TreeSet<Integer>) group).first();
        group.remove(named);
        return new Infeasible(m.codes[named], "cannot be checked: the " + checkers.size()
                + " participants allowed to check it (" + list(m, checkers) + ") have " + slotCount
                + " checks to give, all needed by the " + group.size() + " others only they may check ("
                + list(m, group) + ")");
    }

    private static String list(CostModel m, Set<Integer> indices) {
        String listed = indices.stream().limit(LISTED).map(i -> m.codes[i]).collect(Collectors.joining(", "));
        return indices.size() > LISTED ? listed + ", …" : listed;
    }
}
