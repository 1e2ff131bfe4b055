package jp.medsec.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** The advice requirement judged from the consultations (see {@link AdviceRequirement}): one count. */
@ApplicationScoped
public class AdviceRequirements implements RequirementEvaluator {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Set<String> codes() {
        return Set.of(AdviceRequirement.CODE);
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        if (!codes.contains(AdviceRequirement.CODE)) {
            return Map.of();
        }
        int fiscalYear = CertificationCycle.fiscalYearOf(day);
        Object[] counts = em.createQuery("select count(c), sum(case when c.answeredAt is not null then 1 else 0 end) "
                        + "from Consultation c where c.adviser.id = :i and c.fiscalYear in (:y, :before)", Object[].class)
                .setParameter("i", institutionId).setParameter("y", fiscalYear).setParameter("before", fiscalYear - 1)
                .getSingleResult();
        long asked = ((Number) counts[0]).longValue();
        long answered = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return Map.of(AdviceRequirement.CODE, AdviceRequirement.judge(fiscalYear, asked, answered));
    }
}
