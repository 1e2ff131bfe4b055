package jp.medsec.peercheck;

/** The two sides of a check: the hospital that checks, and the one checked. */
public enum CheckSide {
    CHECKER,
    CHECKED;

    public CheckSide other() {
        return this == CHECKER ? CHECKED : CHECKER;
    }
}
