package jp.medsec.claims;

/** Where a points claim stands: waiting for staff, approved (points in the ledger), or rejected with a reason. */
public enum ClaimState {
    SUBMITTED, APPROVED, REJECTED
}
