package jp.medsec.advisory;

/** How urgent an advisory is: the Atom feed's category term (API.md). */
public enum AdvisorySeverity {
    CRITICAL, HIGH, MEDIUM, LOW
}
