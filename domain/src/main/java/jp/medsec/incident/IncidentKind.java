package jp.medsec.incident;

/** An incident under way (インシデント報告) or a request for help before one (相談). */
public enum IncidentKind {
    INCIDENT, QUESTION
}
