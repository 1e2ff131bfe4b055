package jp.medsec.training;

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
 * The all-staff training requirement judged from the training-compliance job's stored figures (the last run of the
 * audit day's fiscal year and of the one before; see {@link TrainingRequirement}). The audit engine asks only once
 * the caller may reach the audit.
 */
@ApplicationScoped
public class TrainingRequirements implements RequirementEvaluator {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Set<String> codes() {
        return Set.of(TrainingRequirement.CODE);
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        int fiscalYear = CertificationCycle.fiscalYearOf(day);
        Map<Integer, TrainingRequirement.Figures> latest = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT t.fiscal_year, t.as_of, t.in_scope, t.trained FROM training_compliance t "
                        + "WHERE t.institution_id = ? AND t.fiscal_year IN (?, ?) ORDER BY t.computed_at, t.id")
                .setParameter(1, institutionId).setParameter(2, fiscalYear).setParameter(3, fiscalYear - 1).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int year = ((Number) r[0]).intValue();
            LocalDate asOf = r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1];
            latest.put(year, new TrainingRequirement.Figures(year, asOf, ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        Map<String, Verdict> verdicts = new HashMap<>();
        if (codes.contains(TrainingRequirement.CODE)) {
            verdicts.put(TrainingRequirement.CODE, TrainingRequirement.judge(latest.get(fiscalYear), latest.get(fiscalYear - 1)));
        }
        return verdicts;
    }
}
