package jp.medsec.organisation;

/**
 * Whether the person placed in a security role (配置への本人同意) agreed to it. An officer only proposes a placement by
 * certificate number; it counts for the organisation, and shows the person's name and Group, once the person confirmed
 * it themselves or association staff confirmed it on their behalf.
 */
public enum PlacementConsent {
    /** Proposed by the institution's officer; the person has not answered. */
    PENDING,
    /** The person (or staff on their behalf) agreed. */
    CONFIRMED,
    /** The person refused to be listed there. */
    DECLINED
}
