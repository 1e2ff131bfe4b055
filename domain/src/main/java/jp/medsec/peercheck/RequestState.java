package jp.medsec.peercheck;

/**
 * Where a security check's request stands: {@code REQUESTED} by the SELF_DEFENDING hospital and waiting for the
 * LEADING hospital's answer, {@code ACCEPTED} by it (or assigned by staff: accepted from the start), {@code DECLINED}
 * with a reason. Only an accepted check is scheduled and carried out.
 */
public enum RequestState {
    REQUESTED,
    ACCEPTED,
    DECLINED
}
