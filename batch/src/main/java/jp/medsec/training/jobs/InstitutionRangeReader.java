package jp.medsec.training.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.jobs.IdPageReader;

import java.io.Serializable;
import java.util.List;

/** The institution ids of one partition's range (after, upTo], ascending; the checkpoint is the last id read. */
@Named
@Dependent
public class InstitutionRangeReader extends IdPageReader {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    @BatchProperty
    private String after;

    @Inject
    @BatchProperty
    private String upTo;

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint == null ? Long.valueOf(after) : checkpoint);
    }

    @Override
    protected List<Long> nextIds(long afterId, int limit) {
        return em.createQuery("select i.id from Institution i where i.id > :after and i.id <= :upTo order by i.id", Long.class)
                .setParameter("after", afterId).setParameter("upTo", Long.parseLong(upTo))
                .setMaxResults(limit).getResultList();
    }
}
