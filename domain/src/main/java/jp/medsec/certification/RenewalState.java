package jp.medsec.certification;

/** A renewal application (更新申請): submitted, returned to the holder with reasons, or approved (a new cycle began). */
public enum RenewalState {
    SUBMITTED, RETURNED, APPROVED
}
