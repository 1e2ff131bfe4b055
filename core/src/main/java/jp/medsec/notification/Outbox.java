package jp.medsec.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way mail leaves the application: a subject enqueues a mail in its own business transaction, under a dedup
 * key that makes the same decision enqueue it once; the {@value #SEND_JOB} job sends it. Nothing sends mail inside a
 * business transaction: when the transaction that enqueued mail commits, the send job is started (and the calendar
 * sweeps whatever is left, e.g. while the mail server was down). A rolled-back transaction sends nothing.
 */
@ApplicationScoped
public class Outbox {

    public static final String SEND_JOB = "mail-send";
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    /** Fired when mail was enqueued; observed after the transaction commits. */
    public record Enqueued(String dedupKey) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private Event<Enqueued> enqueued;

    @Inject
    private SendScheduled sendScheduled;

    /**
     * Enqueues the mail of a template ({@link MailTemplates}) unless one with this dedup key is already there; answers
     * whether it was new.
     */
    public boolean enqueue(String dedupKey, String recipient, String template, Object... arguments) {
        MailTemplates.Mail mail = MailTemplates.render(template, arguments);
        return enqueueText(dedupKey, recipient, mail.subject(), mail.body());
    }

    /** Enqueues a mail already written (from a template) unless one with this dedup key is already there. */
    public boolean enqueueText(String dedupKey, String recipient, String subject, String body) {
        return enqueueText(dedupKey, recipient, subject, body, true);
    }

    /**
     * As {@link #enqueueText(String, String, String, String)}; with {@code sendSoon} false the send job is not started
     * when the transaction commits, for batch jobs whose own later step sends what they queued (one sender rather than
     * one per chunk: fewer mails in flight at any moment, so fewer that a crash can leave sent but not marked).
     */
    public boolean enqueueText(String dedupKey, String recipient, String subject, String body, boolean sendSoon) {
        Objects.requireNonNull(dedupKey, "A dedup key is required");
        int rows = em.createNativeQuery("INSERT INTO mail_outbox (dedup_key, recipient, subject, body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
                // touches the outbox only: the second-level cache (certifications, holders) stays as it is
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("mail_outbox")
                .setParameter(1, dedupKey).setParameter(2, Objects.requireNonNull(recipient, "A recipient is required"))
                .setParameter(3, subject).setParameter(4, body).setParameter(5, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (rows == 1 && sendSoon && sendScheduled.first()) {
            enqueued.fire(new Enqueued(dedupKey)); // once per transaction, however many mails it enqueues
        }
        return rows == 1;
    }

    /** Whether the transaction has already asked for the send job to start after it commits. */
    @jakarta.transaction.TransactionScoped
    public static class SendScheduled implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private boolean scheduled;

        boolean first() {
            boolean first = !scheduled;
            scheduled = true;
            return first;
        }
    }

    /** After the enqueueing transaction committed: send now rather than at the next sweep. */
    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) Enqueued mail) {
        try {
            jp.medsec.batch.JobStarts.start(SEND_JOB, new Properties());
        } catch (RuntimeException e) {
            // The mail stays in the outbox; the calendar's sweep sends it.
            LOG.log(Level.WARNING, "The send job could not be started now; the next sweep sends " + mail.dedupKey(), e);
        }
    }

    /** How many mails wait to be sent. */
    public long unsent() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").getSingleResult())
                .longValue();
    }
}
