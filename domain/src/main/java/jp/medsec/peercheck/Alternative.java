package jp.medsec.peercheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An obvious other checker the pairing did not choose for a hospital, and why.
 *
 * @param checker      the rejected checker
 * @param distanceKm   its distance to the checked one, rounded to 0.1 km
 * @param excludedBy   the hard rules that exclude it (empty when it was allowed but costlier)
 * @param costlierByKm when allowed: how many km the plan grows by the cheapest change that gives it this pair (null
 *                     when no single exchange can)
 */
public record Alternative(String checker, BigDecimal distanceKm, List<HardRule> excludedBy, BigDecimal costlierByKm) {

    public Alternative {
        Objects.requireNonNull(checker, "The alternative checker is required");
        Objects.requireNonNull(distanceKm, "The distance is required");
        excludedBy = List.copyOf(excludedBy);
    }

    /** The reason in English words, e.g. "same corporate group" or "costlier by 12.3 km". */
    public String reason() {
        if (!excludedBy.isEmpty()) {
            return String.join(", ", excludedBy.stream().map(HardRule::words).toList());
        }
        return costlierByKm == null ? "needs a longer chain of changes" : "costlier by " + costlierByKm + " km";
    }
}
