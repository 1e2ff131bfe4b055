package jp.medsec.meeting;

/** A registration holds a place (CONFIRMED), waits for one (WAITING), or was withdrawn (CANCELLED). */
public enum RegistrationState {
    CONFIRMED, WAITING, CANCELLED
}
