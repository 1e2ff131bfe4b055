package jp.medsec.certification;

/**
 * Told after a holder's certifications changed (certified, renewed, deferred, revoked, reinstated), so that what is
 * derived from them -- the person's Group A/B/C -- is brought up to date in the same transaction. Personnel answers
 * it; certification only says that something changed.
 */
public interface CertificationsChanged {

    void changedFor(long holderId);
}
