package jp.medsec.certification;

/** Where a certification stands: active, inside its renewal window, expired, deferred (保留) or revoked. */
public enum CertificationStatus {
    ACTIVE, RENEWAL_DUE, EXPIRED, DEFERRED, REVOKED;

    /** Whether the holder may call themselves certified today. */
    public boolean isCurrent() {
        return this == ACTIVE || this == RENEWAL_DUE || this == DEFERRED;
    }
}
