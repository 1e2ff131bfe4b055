package jp.medsec.peercheck;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed pairing: one assignment per participant (sorted by the checked one's code).
 *
 * @param totalDistanceKm the sum of the pairs' rounded distances, as API.md shows it
 * @param totalCost       the sum of the pairs' costs plus the load balance (participants making two checks)
 */
public record Pairing(TravelPreference travelPreference, List<Assignment> assignments, BigDecimal totalDistanceKm,
                      long totalCost) {

    public Pairing {
        Objects.requireNonNull(travelPreference, "Travel preference is required");
        Objects.requireNonNull(assignments, "Assignments are required");
        assignments = assignments.stream().sorted(Comparator.comparing(Assignment::checked)).toList();
        BigDecimal sum = assignments.stream().map(Assignment::distanceKm).reduce(new BigDecimal("0.0"), BigDecimal::add);
        if (totalDistanceKm == null || sum.compareTo(totalDistanceKm) != 0) {
            throw new IllegalArgumentException("Total distance must be the sum of the pairs' distances " + sum
                    + ", was " + totalDistanceKm);
        }
        for (int i = 1; i < assignments.size(); i++) {
            if (assignments.get(i).checked().equals(assignments.get(i - 1).checked())) {
                throw new IllegalArgumentException(assignments.get(i).checked() + " is checked twice");
            }
        }
    }

    public Optional<Assignment> of(String checkedCode) {
        return assignments.stream().filter(a -> a.checked().equals(checkedCode)).findFirst();
    }

    public Optional<String> checkerOf(String checkedCode) {
        return of(checkedCode).map(Assignment::checker);
    }

    /** The codes {@code checkerCode} checks, ascending. */
    public List<String> checkedBy(String checkerCode) {
        return assignments.stream().filter(a -> a.checker().equals(checkerCode)).map(Assignment::checked).toList();
    }
}
