package jp.medsec.institution;

/** What kind of hospital: a university hospital (大学病院), a 特定機能病院, or any other. */
public enum InstitutionKind {
    UNIVERSITY_HOSPITAL, ADVANCED_TREATMENT_HOSPITAL, OTHER
}
