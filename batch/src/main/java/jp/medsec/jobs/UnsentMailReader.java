package jp.medsec.jobs;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Outbox rows not sent yet, oldest first. */
@Named
@Dependent
public class UnsentMailReader extends IdPageReader {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    protected List<Long> nextIds(long after, int limit) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND id > ? ORDER BY id")
                .setParameter(1, after).setMaxResults(limit).getResultList())
                .stream().map(Number::longValue).toList();
    }
}
