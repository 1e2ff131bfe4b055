package jp.medsec.it;

import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A subject the audit package has never heard of, judging the requirement coded {@value #CODE}. */
@ApplicationScoped
public class ProbeEvaluator implements RequirementEvaluator {

    public static final String CODE = "IT_PROBE";

    @Override
    public Set<String> codes() {
        return Set.of(CODE);
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        return Map.of(CODE, new Verdict(AuditStatus.NOT_MET, "試験の判定 " + institutionId, "probe verdict " + institutionId));
    }
}
