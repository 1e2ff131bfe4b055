package jp.medsec.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Optional;

@ApplicationScoped
public class JpaCertificationRuleRepository implements CertificationRuleRepository {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Optional<CertificationRule> inForce(CertificationType type, LocalDate day) {
        return em.createQuery("select r from CertificationRule r where r.type = :type and r.effectiveFrom <= :day "
                        + "order by r.effectiveFrom desc", CertificationRule.class)
                .setParameter("type", type)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
