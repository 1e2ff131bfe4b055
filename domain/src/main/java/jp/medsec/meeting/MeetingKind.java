package jp.medsec.meeting;

/** カンファレンス (a conference on security) or サイバー攻撃合同訓練 (a joint cyber-attack drill). */
public enum MeetingKind {
    CONFERENCE, DRILL
}
