package jp.medsec.jobs;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.notification.Outbox;

import java.util.List;

/**
 * Writes decided mails into the outbox in the chunk's transaction. A key already there is left alone (the dedup key
 * is unique): a decision repeated by a second run or a restart adds nothing.
 */
@Named
@Dependent
public class OutboxWriter extends AbstractItemWriter {

    @Inject
    private Outbox outbox;

    /** "true" where a later step of the job sends the outbox: the send job is then not started per chunk. */
    @Inject
    @jakarta.batch.api.BatchProperty
    private String sentByLaterStep;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            // A processor decides one mail, or several (one per recipient).
            for (Object one : item instanceof java.util.Collection<?> mails ? mails : List.of(item)) {
                OutboxMail mail = (OutboxMail) one;
                outbox.enqueueText(mail.dedupKey(), mail.recipient(), mail.subject(), mail.body(),
                        !"true".equals(sentByLaterStep));
            }
        }
    }
}
