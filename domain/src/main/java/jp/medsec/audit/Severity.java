package jp.medsec.audit;

/** How serious a finding is; a NOT_MET item opens a HIGH one by default, a PARTIAL one MEDIUM. */
public enum Severity {
    HIGH, MEDIUM, LOW
}
