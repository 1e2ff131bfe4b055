package jp.medsec.audit;

/** OPEN → IN_PROGRESS → RESOLVED → VERIFIED; a resolved or verified finding may be reopened. */
public enum FindingState {
    OPEN, IN_PROGRESS, RESOLVED, VERIFIED;

    /** The states a finding still waits for work in (for queries; {@link #isOutstanding()} for one finding). */
    public static final java.util.List<FindingState> OUTSTANDING = java.util.List.of(OPEN, IN_PROGRESS);

    public boolean isOutstanding() {
        return OUTSTANDING.contains(this);
    }
}
