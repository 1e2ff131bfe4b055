package jp.medsec.checklist;

/** はい / いいえ. */
public enum Answer {
    YES, NO
}
