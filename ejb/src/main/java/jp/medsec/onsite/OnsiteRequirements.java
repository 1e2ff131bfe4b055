package jp.medsec.onsite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** L-15 judged from the hospital's on-site training (see {@link OnsiteRequirement}): two counts. */
@ApplicationScoped
public class OnsiteRequirements implements RequirementEvaluator {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Set<String> codes() {
        return Set.of(OnsiteRequirement.CODE);
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        if (!codes.contains(OnsiteRequirement.CODE)) {
            return Map.of();
        }
        int fiscalYear = CertificationCycle.fiscalYearOf(day);
        LocalDate from = LocalDate.of(fiscalYear - 1, 4, 1);
        LocalDate to = LocalDate.of(fiscalYear + 1, 3, 31);
        long offered = em.createQuery("select count(t) from OnsiteTraining t where t.host.id = :i "
                        + "and t.endsOn >= :from and t.startsOn <= :to", Long.class)
                .setParameter("i", institutionId).setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] trainees = em.createQuery("select sum(case when t.state = jp.medsec.onsite.TraineeState.ACCEPTED "
                        + "then 1 else 0 end), sum(case when t.state = jp.medsec.onsite.TraineeState.COMPLETED "
                        + "and t.completedOn >= :from then 1 else 0 end) from Trainee t where t.training.host.id = :i",
                        Object[].class)
                .setParameter("i", institutionId).setParameter("from", from).getSingleResult();
        long accepted = trainees[0] == null ? 0 : ((Number) trainees[0]).longValue();
        long completed = trainees[1] == null ? 0 : ((Number) trainees[1]).longValue();
        return Map.of(OnsiteRequirement.CODE, OnsiteRequirement.judge(fiscalYear, offered, accepted, completed));
    }
}
