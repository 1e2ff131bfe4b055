package jp.medsec.jobs;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.peercheck.CycleStatus;

import java.util.List;

/** The checks of published cycles whose site-visit date both hospitals have confirmed. */
@Named
@Dependent
public class PeerCheckIdReader extends IdPageReader {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    protected List<Long> nextIds(long after, int limit) {
        return em.createQuery("select p.id from PeerCheck p left join p.cycle c where p.id > :after "
                        + "and (c.status = :published or (p.kind = jp.medsec.peercheck.CheckKind.SECURITY "
                        + "and p.request.closedAt is null)) and p.visitOn is not null order by p.id", Long.class)
                .setParameter("after", after).setParameter("published", CycleStatus.PUBLISHED)
                .setMaxResults(limit).getResultList();
    }
}
