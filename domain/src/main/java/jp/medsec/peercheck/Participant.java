package jp.medsec.peercheck;

import java.util.Objects;

/**
 * A LEADING hospital taking part in a cycle.
 *
 * @param institutionCode the institution's code, what every rule and message names it by
 * @param prefecture      JIS X 0401 code "01" (北海道) … "47" (沖縄県) of where it is
 * @param corporateGroup  its corporate group (法人), or null when it belongs to none; null never matches another null
 * @param capacity        how many checks it makes at most: 1 by default, 0 for "checked only", 2 where counts are uneven
 */
public record Participant(String institutionCode, String prefecture, String corporateGroup, int capacity) {

    public static final int MAX_CAPACITY = 2;

    public Participant {
        Objects.requireNonNull(institutionCode, "Institution code is required");
        Objects.requireNonNull(prefecture, "Prefecture is required");
        if (institutionCode.isBlank()) {
            throw new IllegalArgumentException("Institution code must not be blank");
        }
        if (!prefecture.matches("\\d{2}") || Integer.parseInt(prefecture) < 1 || Integer.parseInt(prefecture) > 47) {
            throw new IllegalArgumentException("Prefecture of " + institutionCode + " must be a JIS code 01..47, was "
                    + prefecture);
        }
        if (corporateGroup != null && corporateGroup.isBlank()) {
            corporateGroup = null;
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("Capacity of " + institutionCode + " must be 0.." + MAX_CAPACITY
                    + ", was " + capacity);
        }
    }

    /** A participant making one check, as most do. */
    public static Participant of(String institutionCode, String prefecture, String corporateGroup) {
        return new Participant(institutionCode, prefecture, corporateGroup, 1);
    }

    /** Whether the two belong to one corporate group (never when either has none). */
    public boolean sameCorporateGroupAs(Participant other) {
        return corporateGroup != null && corporateGroup.equals(other.corporateGroup);
    }
}
