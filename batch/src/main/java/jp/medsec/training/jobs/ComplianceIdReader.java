package jp.medsec.training.jobs;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.jobs.IdPageReader;

import java.io.Serializable;
import java.util.List;

/** The figures this run stored, one institution each, by ascending id; the checkpoint is the last one read. */
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
        return em.createNativeQuery("SELECT id FROM training_compliance WHERE run_id = ? AND id > ? ORDER BY id", Long.class)
                .setParameter(1, runId).setParameter(2, after).setMaxResults(limit).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
