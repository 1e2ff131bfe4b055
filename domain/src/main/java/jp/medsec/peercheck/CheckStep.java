package jp.medsec.peercheck;

import java.time.LocalDate;

/**
 * The dated steps of a check, all following from the site-visit date (DESIGN.md section 4): the document request 30
 * days before, documents due 14 days before, the visit, the report within 14 days, remediation of findings within
 * three months of the report, the re-check a month after that.
 */
public enum CheckStep {
    DOCUMENT_REQUEST,
    DOCUMENTS_DUE,
    SITE_VISIT,
    REPORT_DUE,
    REMEDIATION_DUE,
    RECHECK;

    /** The step's date for a site visit on {@code visit}. */
    public LocalDate dateFor(LocalDate visit) {
        return switch (this) {
            case DOCUMENT_REQUEST -> visit.minusDays(30);
            case DOCUMENTS_DUE -> visit.minusDays(14);
            case SITE_VISIT -> visit;
            case REPORT_DUE -> visit.plusDays(14);
            case REMEDIATION_DUE -> visit.plusDays(14).plusMonths(3);
            case RECHECK -> visit.plusDays(14).plusMonths(4);
        };
    }
}
