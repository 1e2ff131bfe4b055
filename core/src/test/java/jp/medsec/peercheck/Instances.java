package jp.medsec.peercheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generated cycles for the tests and the benchmark: random prefectures, one corporate group holding a third of the
 * participants (and a few small ones), conflicts between about a tenth of all pairs, last cycle's checkers, a few
 * "checked only" participants and enough of capacity 2 to cover them.
 */
final class Instances {

    private Instances() {
    }

    static PairingProblem generated(long seed, int n, TravelPreference preference) {
        return generated(seed, n, preference, 0.10);
    }

    static PairingProblem generated(long seed, int n, TravelPreference preference, double conflictShare) {
        Random random = new Random(seed);
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < n) {
            codes.add(String.format("%02d%08d", 1 + random.nextInt(47), random.nextInt(100_000_000)));
        }
        List<String> list = new ArrayList<>(codes);
        int checkedOnly = Math.max(n / 40, n >= 10 ? 1 : 0);
        int twice = checkedOnly + Math.max(1, n / 20);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = list.get(i);
            String group = i % 3 == 0 ? "G-BIG" : (random.nextInt(5) == 0 ? "G-" + random.nextInt(n / 6 + 1) : null);
            int capacity = i < 3 * checkedOnly && i % 3 == 1 ? 0 : 1;
            participants.add(new Participant(code, code.substring(0, 2), group, capacity));
        }
        int raised = 0;
        for (int i = n - 1; i >= 0 && raised < twice; i -= 2) {
            Participant p = participants.get(i);
            if (p.capacity() == 1) {
                participants.set(i, new Participant(p.institutionCode(), p.prefecture(), p.corporateGroup(), 2));
                raised++;
            }
        }
        Set<Conflict> conflicts = new HashSet<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < conflictShare) {
                    conflicts.add(new Conflict(list.get(i), list.get(j), "generated"));
                }
            }
        }
        Map<String, String> previous = new TreeMap<>();
        int shift = 1 + random.nextInt(n - 1);
        for (int i = 0; i < n; i++) {
            previous.put(list.get(i), list.get((i + shift) % n));
        }
        return new PairingProblem(participants, conflicts, previous, List.of(), preference);
    }
}
