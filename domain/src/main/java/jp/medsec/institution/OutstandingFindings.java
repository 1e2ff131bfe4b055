package jp.medsec.institution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What audits found at institutions and is still to be worked on, as the institution directory counts it. The audit
 * subject answers it (audits are of institutions, so institution cannot read them itself without a package cycle).
 */
public interface OutstandingFindings {

    /** Outstanding findings of an institution, and how many of them are past their due date. */
    record Counts(long outstanding, long overdue) {
        public static final Counts NONE = new Counts(0, 0);
    }

    /** Counts per institution id, for those of the given institutions that have outstanding findings. */
    Map<Long, Counts> of(List<Institution> institutions, LocalDate today);
}
