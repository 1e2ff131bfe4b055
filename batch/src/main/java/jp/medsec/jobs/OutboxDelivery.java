package jp.medsec.jobs;

import jakarta.enterprise.context.Dependent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Sends one outbox mail over an open SMTP connection and marks it sent, in a transaction of its own: the mail is sent
 * and marked together, or neither. A row already sent, or being sent by another run at this moment (its lock is
 * skipped), is left alone, so two runs at once never send a mail twice.
 */
@Dependent
public class OutboxDelivery {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** Whether this call sent the mail. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public boolean deliver(long id, Session session, Transport transport) throws MessagingException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT recipient, subject, body FROM mail_outbox "
                + "WHERE id = ? AND sent_at IS NULL FOR UPDATE SKIP LOCKED").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = rows.get(0);
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress((String) row[0], true));
        message.setSubject((String) row[1], "UTF-8");
        message.setText((String) row[2], "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("X-MedSec-Outbox", String.valueOf(id));
        message.saveChanges();
        // Marked first, sent second, committed as soon as the server took it: a crash between the server's answer and
        // the commit (the one moment a mail can go twice) is as short as a commit. A refusal rolls the mark back.
        em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                // touches the outbox only: the second-level cache (certifications, holders) stays as it is
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("mail_outbox")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, id).executeUpdate();
        transport.sendMessage(message, message.getAllRecipients());
        return true;
    }
}
