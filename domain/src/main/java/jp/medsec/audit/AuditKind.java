package jp.medsec.audit;

/** Who evaluates: the institution's officer (自己評価), or association staff. Mutual checks will add their own kind. */
public enum AuditKind {
    SELF_ASSESSMENT, STAFF_AUDIT
}
