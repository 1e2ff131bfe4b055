package jp.medsec.jobs;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Sends outbox mail (the job gives it one row per chunk) and marks it sent in the same transaction. A row already
 * marked is skipped, so a restart never sends a mail twice; if the mail server is down the step fails and a restart
 * resumes at the first unsent row.
 */
@Named
@Dependent
public class MailSender extends AbstractItemWriter {

    @Resource(lookup = "java:jboss/mail/MedSec")
    private Session mail;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public void writeItems(List<Object> ids) throws MessagingException {
        for (Object id : ids) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT recipient, subject, body, sent_at FROM mail_outbox "
                    + "WHERE id = ? FOR UPDATE").setParameter(1, id).getSingleResult();
            if (row[3] != null) {
                continue;
            }
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress((String) row[0], true));
            message.setSubject((String) row[1], "UTF-8");
            message.setText((String) row[2], "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("X-MedSec-Outbox", String.valueOf(id));
            Transport.send(message);
            em.createNativeQuery("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                    .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, id).executeUpdate();
        }
    }
}
