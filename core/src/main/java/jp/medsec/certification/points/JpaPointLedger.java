package jp.medsec.certification.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaPointLedger implements PointLedger {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public List<PointEntry> entriesOf(long holderId) {
        return em.createQuery("select e from PointEntry e where e.holder.id = :holder order by e.earnedOn desc, e.id desc",
                        PointEntry.class)
                .setParameter("holder", holderId)
                .getResultList();
    }

    @Override
    public java.util.Map<Long, List<PointEntry>> entriesOf(java.util.Collection<Long> holderIds) {
        if (holderIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select e from PointEntry e where e.holder.id in :holders order by e.earnedOn desc, e.id desc",
                        PointEntry.class)
                .setParameter("holders", holderIds)
                .getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(e -> e.getHolder().getId(),
                        java.util.stream.Collectors.toList()));
    }

    @Override
    public PointEntry add(PointEntry entry) {
        em.persist(entry);
        return entry;
    }
}
