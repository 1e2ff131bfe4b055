package jp.medsec.peercheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requirements judged from the institution's checks (see {@link CheckRequirement}): one query over its checks of
 * the audit day's fiscal year and the one before. The audit engine asks only once the caller may reach the audit.
 */
@ApplicationScoped
public class CheckRequirements implements RequirementEvaluator {

    private static final Set<String> CODES = Set.of(CheckRequirement.MUTUAL_CHECKS,
            CheckRequirement.SECURITY_CHECKS_CARRIED_OUT, CheckRequirement.SECURITY_CHECK_UNDERGONE);

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Set<String> codes() {
        return CODES;
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        int fiscalYear = CertificationCycle.fiscalYearOf(day);
        List<PeerCheck> checks = em.createQuery("select p from PeerCheck p left join fetch p.cycle c "
                        + "join fetch p.checked join fetch p.checker left join fetch p.audit "
                        + "where (p.checked.id = :i or p.checker.id = :i) and p.fiscalYear in (:y, :before) "
                        + "and (c.status <> :draft or (p.kind = :security and p.request.state <> :declined)) "
                        + "order by p.fiscalYear, p.id", PeerCheck.class)
                .setParameter("i", institutionId).setParameter("y", fiscalYear).setParameter("before", fiscalYear - 1)
                .setParameter("draft", CycleStatus.DRAFT).setParameter("security", CheckKind.SECURITY)
                .setParameter("declined", RequestState.DECLINED).getResultList();
        List<CheckRequirement.Fact> facts = checks.stream().map(p -> {
            CheckSide side = p.sideOf(institutionId).orElseThrow();
            String other = side == CheckSide.CHECKER ? p.getChecked().getName() : p.getChecker().getName();
            return new CheckRequirement.Fact(p.getKind(), side, p.getFiscalYear(), other, p.getVisitOn(),
                    p.getAudit() != null && p.getAudit().isCompleted(),
                    p.getKind() == CheckKind.MUTUAL || p.getRequestState() == RequestState.ACCEPTED);
        }).toList();
        Map<String, Verdict> verdicts = new HashMap<>();
        if (codes.contains(CheckRequirement.MUTUAL_CHECKS)) {
            verdicts.put(CheckRequirement.MUTUAL_CHECKS, CheckRequirement.mutual(facts, fiscalYear, day));
        }
        if (codes.contains(CheckRequirement.SECURITY_CHECKS_CARRIED_OUT)) {
            verdicts.put(CheckRequirement.SECURITY_CHECKS_CARRIED_OUT, CheckRequirement.carriedOut(facts, fiscalYear));
        }
        if (codes.contains(CheckRequirement.SECURITY_CHECK_UNDERGONE)) {
            verdicts.put(CheckRequirement.SECURITY_CHECK_UNDERGONE, CheckRequirement.undergone(facts, fiscalYear));
        }
        return verdicts;
    }
}
