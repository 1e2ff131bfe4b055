package jp.medsec.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** L-18 judged from the support agreements and incidents (see {@link RecoverySupportRequirement}). */
@ApplicationScoped
public class RecoverySupportRequirements implements RequirementEvaluator {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Set<String> codes() {
        return Set.of(RecoverySupportRequirement.CODE);
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        if (!codes.contains(RecoverySupportRequirement.CODE)) {
            return Map.of();
        }
        int fiscalYear = CertificationCycle.fiscalYearOf(day);
        long supported = em.createQuery("select count(a) from SupportAgreement a where a.supporter.id = :i "
                        + "and a.state = :accepted", Long.class).setParameter("i", institutionId)
                .setParameter("accepted", SupportAgreement.State.ACCEPTED).getSingleResult();
        Object[] counts = em.createQuery("select count(n), sum(case when n.state = :resolved then 1 else 0 end) "
                        + "from Incident n where n.supporter.id = :i and n.fiscalYear in (:y, :before)", Object[].class)
                .setParameter("i", institutionId).setParameter("resolved", IncidentState.RESOLVED)
                .setParameter("y", fiscalYear).setParameter("before", fiscalYear - 1).getSingleResult();
        long incidents = ((Number) counts[0]).longValue();
        long resolved = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return Map.of(RecoverySupportRequirement.CODE,
                RecoverySupportRequirement.judge(fiscalYear, supported, incidents, resolved));
    }
}
