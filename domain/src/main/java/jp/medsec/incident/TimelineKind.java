package jp.medsec.incident;

/** What a line of an incident's timeline records. */
public enum TimelineKind {
    REPORTED, ACKNOWLEDGED, NOTE, FILE, RESOLVED
}
