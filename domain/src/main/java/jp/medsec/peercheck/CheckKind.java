package jp.medsec.peercheck;

/**
 * What a check is (DESIGN.md section 4): a {@code MUTUAL} check (相互チェック) is one pair of a fiscal year's cycle
 * among LEADING hospitals; a {@code SECURITY} check (セキュリティチェック) is a LEADING hospital's check of a
 * SELF_DEFENDING one, requested by that hospital and accepted, or assigned by staff, outside any cycle. Both follow the
 * same timeline and are carried out on an audit of the checked hospital.
 */
public enum CheckKind {
    MUTUAL,
    SECURITY
}
