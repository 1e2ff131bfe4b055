package jp.medsec.peercheck;

import java.util.Objects;

/** A pair staff fixed (pinned or confirmed): {@code checker} checks {@code checked}, whatever the rest becomes. */
public record Pin(String checker, String checked) {

    public Pin {
        Objects.requireNonNull(checker, "The checker of a pinned pair is required");
        Objects.requireNonNull(checked, "The checked institution of a pinned pair is required");
        if (checker.equals(checked)) {
            throw new IllegalArgumentException("Nobody checks itself: pinned pair " + checker + " → " + checked);
        }
    }

    @Override
    public String toString() {
        return checker + " → " + checked;
    }
}
