package jp.medsec.onsite;

/** An application for a place: waiting for the host, accepted, declined, completed, or withdrawn by the applicant. */
public enum TraineeState {
    APPLIED, ACCEPTED, DECLINED, COMPLETED, WITHDRAWN;

    /** Whether it still holds or asks for a place. */
    public boolean isOpen() {
        return this == APPLIED || this == ACCEPTED;
    }
}
