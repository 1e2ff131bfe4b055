package jp.medsec.peercheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a cycle's pairing is computed from. Everything is kept sorted by institution code, so that the order the caller
 * lists things in never changes the result.
 *
 * @param participants     the hospitals of the cycle, each code once
 * @param conflicts        declared conflicts of interest between participants
 * @param previousCheckers the previous fiscal year's pairs, checked code → checker code (pairs of hospitals no longer
 *                         taking part are ignored)
 * @param pins             pairs that stay as they are (pinned or confirmed), at most one per checked hospital
 * @param travelPreference what to optimise besides the hard rules
 */
public record PairingProblem(List<Participant> participants, Set<Conflict> conflicts,
                             SortedMap<String, String> previousCheckers, List<Pin> pins,
                             TravelPreference travelPreference) {

    public PairingProblem(List<Participant> participants, Set<Conflict> conflicts,
                          Map<String, String> previousCheckers, List<Pin> pins, TravelPreference travelPreference) {
        this(participants, conflicts, new TreeMap<>(previousCheckers), pins, travelPreference);
    }

    public PairingProblem {
        Objects.requireNonNull(participants, "Participants are required");
        Objects.requireNonNull(conflicts, "Conflicts are required (an empty set when none is declared)");
        Objects.requireNonNull(previousCheckers, "Previous checkers are required (empty in the first cycle)");
        Objects.requireNonNull(pins, "Pins are required (empty when none)");
        Objects.requireNonNull(travelPreference, "Travel preference is required");
        List<Participant> sorted = new ArrayList<>(participants);
        sorted.sort(Comparator.comparing(Participant::institutionCode));
        Set<String> codes = new TreeSet<>();
        for (Participant p : sorted) {
            if (!codes.add(p.institutionCode())) {
                throw new IllegalArgumentException("Participant " + p.institutionCode() + " is listed twice");
            }
        }
        for (Conflict c : conflicts) {
            if (!codes.contains(c.first()) || !codes.contains(c.second())) {
                throw new IllegalArgumentException("Conflict " + c.first() + "–" + c.second()
                        + " names an institution that does not take part");
            }
        }
        Set<String> pinnedChecked = new TreeSet<>();
        for (Pin pin : pins) {
            if (!codes.contains(pin.checker()) || !codes.contains(pin.checked())) {
                throw new IllegalArgumentException("Pinned pair " + pin + " names an institution that does not take part");
            }
            if (!pinnedChecked.add(pin.checked())) {
                throw new IllegalArgumentException(pin.checked() + " has more than one pinned checker");
            }
        }
        List<Pin> sortedPins = new ArrayList<>(pins);
        sortedPins.sort(Comparator.comparing(Pin::checked));
        participants = List.copyOf(sorted);
        // Sorted, so that whoever iterates them sees one order (Set.copyOf's order changes from run to run).
        TreeSet<Conflict> sortedConflicts = new TreeSet<>(Comparator.comparing(Conflict::first)
                .thenComparing(Conflict::second));
        sortedConflicts.addAll(conflicts);
        conflicts = Collections.unmodifiableSortedSet(sortedConflicts);
        previousCheckers = Collections.unmodifiableSortedMap(new TreeMap<>(previousCheckers));
        pins = List.copyOf(sortedPins);
    }

    public PairingProblem withPins(List<Pin> newPins) {
        return new PairingProblem(participants, conflicts, previousCheckers, newPins, travelPreference);
    }

    public boolean inConflict(String one, String other) {
        return conflicts.contains(Conflict.between(one, other));
    }
}
