package jp.medsec.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;

import java.time.LocalDate;
import java.util.List;

/**
 * The certifications a status step works on ({@code selection}): {@code window} active ones whose cycle ends within
 * six months (their renewal window may have opened), {@code expired} current ones whose cycle has ended,
 * {@code lapsedPrerequisite} current Senior HIT and MIIS whose holder's HIT is no longer current, {@code reminders}
 * current ones whose cycle ends within 180 days.
 */
@Named
@Dependent
public class CertificationIdReader extends IdPageReader {

    static final List<CertificationStatus> CURRENT = List.of(CertificationStatus.ACTIVE, CertificationStatus.RENEWAL_DUE,
            CertificationStatus.DEFERRED);

    @Inject
    @BatchProperty
    private String selection;

    @Inject
    @BatchProperty
    private String today;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    protected List<Long> nextIds(long after, int limit) {
        LocalDate day = JobDays.today(today);
        TypedQuery<Long> query = switch (selection) {
            case "window" -> em.createQuery("select c.id from Certification c where c.id > :after and c.status = :active "
                            + "and c.validUntil between :day and :horizon order by c.id", Long.class)
                    .setParameter("active", CertificationStatus.ACTIVE)
                    .setParameter("day", day).setParameter("horizon", day.plusMonths(6));
            case "expired" -> em.createQuery("select c.id from Certification c where c.id > :after and c.status in :current "
                            + "and c.validUntil < :day order by c.id", Long.class)
                    .setParameter("current", CURRENT).setParameter("day", day);
            case "lapsedPrerequisite" -> em.createQuery("select c.id from Certification c where c.id > :after "
                            + "and c.type in :dependent and c.status in :current and not exists (select h.id from Certification h "
                            + "where h.holder = c.holder and h.type = :hit and h.status in :current) order by c.id", Long.class)
                    .setParameter("dependent", List.of(CertificationType.SENIOR_HIT, CertificationType.MIIS))
                    .setParameter("hit", CertificationType.HIT).setParameter("current", CURRENT);
            case "reminders" -> em.createQuery("select c.id from Certification c where c.id > :after and c.status in :current "
                            + "and c.validUntil between :day and :horizon order by c.id", Long.class)
                    .setParameter("current", CURRENT).setParameter("day", day).setParameter("horizon", day.plusDays(180));
            default -> throw new IllegalArgumentException("Unknown selection " + selection);
        };
        return query.setParameter("after", after).setMaxResults(limit).getResultList();
    }
}
