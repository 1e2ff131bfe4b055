package jp.medsec.jobs;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Every security-personnel profile, by holder id. */
@Named
@Dependent
public class ProfileIdReader extends IdPageReader {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    protected List<Long> nextIds(long after, int limit) {
        return em.createQuery("select p.holderId from PersonnelProfile p where p.holderId > :after order by p.holderId",
                Long.class).setParameter("after", after).setMaxResults(limit).getResultList();
    }
}
