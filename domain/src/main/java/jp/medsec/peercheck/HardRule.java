package jp.medsec.peercheck;

/** The hard rules of a pairing (API.md), as an explanation names them. */
public enum HardRule {
    /** Nobody checks itself. */
    SELF("is the institution itself"),
    /** No checker of the checked one's corporate group (法人). */
    SAME_CORPORATE_GROUP("same corporate group"),
    /** No checker with a declared conflict of interest. */
    CONFLICT_OF_INTEREST("declared conflict of interest"),
    /** Not the checker of the previous fiscal year's cycle. */
    LAST_CYCLE_CHECKER("last cycle's checker"),
    /** No two check each other in one cycle. */
    RECIPROCAL("would check each other"),
    /** Nobody makes more checks than its capacity. */
    CAPACITY("makes no more checks (capacity)"),
    /** The pair of the checked one is pinned or confirmed. */
    PINNED("the checked one's pair is pinned");

    private final String words;

    HardRule(String words) {
        this.words = words;
    }

    /** The rule in a few English words, for logs and the API. */
    public String words() {
        return words;
    }
}
