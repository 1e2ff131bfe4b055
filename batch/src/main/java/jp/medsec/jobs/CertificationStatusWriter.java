package jp.medsec.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.Certification;
import jp.medsec.certification.CertificationRule;
import jp.medsec.certification.CertificationRuleRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Applies the calendar to certifications, in the chunk's transaction (the history records it as "system"):
 * {@code window} opens the renewal window, {@code expire} expires after the cycle's end, {@code cascade} expires
 * Senior HIT and MIIS with their lapsed HIT.
 */
@Named
@Dependent
public class CertificationStatusWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String action;

    @Inject
    @BatchProperty
    private String today;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CertificationRuleRepository rules;

    @Override
    public void writeItems(List<Object> ids) {
        LocalDate day = JobDays.today(today);
        for (Object id : ids) {
            Certification c = em.find(Certification.class, id);
            switch (action) {
                case "window" -> c.enterRenewalWindow(rule(c), day);
                case "expire" -> {
                    if (c.currentCycle().isOver(day)) {
                        c.expire("期間満了（更新なし） / cycle ended " + c.getValidUntil() + " without renewal");
                    }
                }
                case "cascade" -> c.expire("医療情報技師の失効に伴う失効 / the prerequisite HIT lapsed");
                default -> throw new IllegalArgumentException("Unknown action " + action);
            }
        }
    }

    private CertificationRule rule(Certification c) {
        return rules.inForce(c.getType(), c.getValidFrom())
                .orElseThrow(() -> new IllegalStateException("No rule for " + c.getType()));
    }
}
