package jp.medsec.jobs;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes decided mails into the outbox in the chunk's transaction. A key already there is left alone (INSERT
 * IGNORE on the unique dedup key): a decision repeated by a second run or a restart adds nothing.
 */
@Named
@Dependent
public class OutboxWriter extends AbstractItemWriter {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public void writeItems(List<Object> items) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Object item : items) {
            OutboxMail mail = (OutboxMail) item;
            em.createNativeQuery("INSERT IGNORE INTO mail_outbox (dedup_key, recipient, subject, body, created_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, mail.dedupKey()).setParameter(2, mail.recipient()).setParameter(3, mail.subject())
                    .setParameter(4, mail.body()).setParameter(5, now)
                    .executeUpdate();
        }
    }
}
