package jp.medsec.peercheck;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One pair of a pairing: {@code checker} checks {@code checked}.
 *
 * @param distanceKm the distance between the two prefectural offices, rounded to 0.1 km (0 inside one prefecture)
 * @param pinned     whether staff fixed the pair (it was kept, not chosen)
 * @param cost       what the pair costs under the problem's travel preference (the solver's units: comparable within
 *                   one problem only), the "why it was chosen" of the plan
 */
public record Assignment(String checked, String checker, BigDecimal distanceKm, boolean pinned, long cost) {

    public Assignment {
        Objects.requireNonNull(checked, "The checked institution is required");
        Objects.requireNonNull(checker, "The checker is required");
        Objects.requireNonNull(distanceKm, "The distance is required");
        if (checked.equals(checker)) {
            throw new IllegalArgumentException("Nobody checks itself: " + checked);
        }
        if (distanceKm.signum() < 0 || distanceKm.scale() != 1) {
            throw new IllegalArgumentException("Distance of " + checker + " → " + checked
                    + " must be non-negative with one decimal, was " + distanceKm);
        }
    }
}
