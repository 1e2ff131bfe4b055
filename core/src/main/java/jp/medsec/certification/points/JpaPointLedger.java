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
    public PointEntry add(PointEntry entry) {
        em.persist(entry);
        return entry;
    }
}
