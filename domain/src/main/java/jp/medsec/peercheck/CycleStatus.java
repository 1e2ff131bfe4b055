package jp.medsec.peercheck;

/** Where a fiscal year's cycle of mutual checks stands. */
public enum CycleStatus {
    /** Open: participants, conflicts and the plan may change. */
    DRAFT,
    /** The plan is published: its pairs are the year's checks. */
    PUBLISHED,
    /** The year is over: the checks are history, the checkers no longer see them. */
    CLOSED
}
