package jp.medsec.peercheck;

import java.util.Objects;

/**
 * A declared conflict of interest between two hospitals: neither may check the other. Unordered: the two codes are
 * kept in ascending order, so that {@code new Conflict(a, b, r)} equals {@code new Conflict(b, a, r)}.
 *
 * @param reason what the officer declared; may be null in a computation that does not need it
 */
public record Conflict(String first, String second, String reason) {

    public Conflict {
        Objects.requireNonNull(first, "Both institutions of a conflict are required");
        Objects.requireNonNull(second, "Both institutions of a conflict are required");
        if (first.equals(second)) {
            throw new IllegalArgumentException("A conflict of interest is between two institutions, was " + first
                    + " twice");
        }
        if (first.compareTo(second) > 0) {
            String swap = first;
            first = second;
            second = swap;
        }
    }

    public static Conflict between(String one, String other) {
        return new Conflict(one, other, null);
    }

    public boolean involves(String code) {
        return first.equals(code) || second.equals(code);
    }

    /** Equality on the pair only: the reason does not make two declarations different conflicts. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Conflict c && first.equals(c.first) && second.equals(c.second);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second);
    }
}
