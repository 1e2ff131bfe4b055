package jp.medsec.peercheck;

/** What the pairing optimises besides the hard rules, chosen per cycle. */
public enum TravelPreference {
    /** Minimise the total distance between the prefectural offices, then balance the checks each one makes. */
    NEAR,
    /** Keep checks across prefecture lines (a same-prefecture pair costs more than any distance), then NEAR. */
    AVOID_SAME_PREFECTURE,
    /** Balance the checks each one makes, nothing else. */
    NONE
}
