package jp.medsec.audit;

/**
 * Who evaluates: the institution's officer (自己評価), association staff (事務局による監査), or the officers of
 * another, LEADING, institution that carries the audit out (相互チェック, {@link #PEER_CHECK}; DESIGN.md section 4).
 */
public enum AuditKind {
    SELF_ASSESSMENT, STAFF_AUDIT, PEER_CHECK
}
