package jp.medsec.training.jobs;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.jobs.IdPageReader;

import java.io.Serializable;
import java.util.List;

/**
 * The figures this run stored that a mail will carry (someone in scope, a CISO to tell), one institution each, by
 * ascending id; the checkpoint is the last one read. Most hospitals have no CISO with an address yet: reading only
 * those who do spares the decider two queries for each of them.
 */
@Named
@Dependent
public class ComplianceIdReader extends IdPageReader {

    @Inject
    private JobContext job;

    @Inject
    private ComplianceRuns runs;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    private long runId;

    @Override
    public void open(Serializable checkpoint) {
        runId = runs.of(job.getInstanceId()).id();
        super.open(checkpoint);
    }

    @Override
    protected List<Long> nextIds(long after, int limit) {
        return em.createNativeQuery("SELECT t.id FROM training_compliance t WHERE t.run_id = ? AND t.id > ? "
                        + "AND t.in_scope > 0 AND " + String.format(CisoRecipients.EXISTS_FOR, "t.institution_id")
                        + " ORDER BY t.id", Long.class)
                .setParameter(1, runId).setParameter(2, after).setMaxResults(limit).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
