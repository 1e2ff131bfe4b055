package jp.medsec.compliance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A subject that can judge requirements of the catalogues from what it knows ("the security organisation has a CISO",
 * "the mutual check was done", "all staff were trained"). A requirement names its judge by the code in
 * {@code catalogue_item.evaluator}; an audit asks every evaluator the container knows (CDI beans implementing this) for
 * the codes it judges, so a new subject pre-fills audit items without a change to the audit package.
 */
public interface RequirementEvaluator {

    /** The evaluator codes this one judges. */
    Set<String> codes();

    /**
     * Verdicts for the institution, as of the day, for those of the given codes this one judges (all at once: one look
     * at what it knows serves every code).
     */
    Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day);
}
