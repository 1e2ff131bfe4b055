package jp.medsec.audit;

/** OPEN → IN_PROGRESS → RESOLVED → VERIFIED; a resolved or verified finding may be reopened. */
public enum FindingState {
    OPEN, IN_PROGRESS, RESOLVED, VERIFIED;

    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
