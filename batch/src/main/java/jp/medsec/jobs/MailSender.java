package jp.medsec.jobs;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.util.List;

/**
 * Sends a chunk of outbox mail over one SMTP connection, each mail marked sent in its own commit right after the
 * server took it ({@link OutboxDelivery}). A row already marked is skipped, so a restart never sends a mail twice; if
 * the mail server is down or drops the connection the step fails, and a restart resumes at the first unsent row.
 */
@Named
@Dependent
public class MailSender extends AbstractItemWriter {

    @Resource(lookup = "java:jboss/mail/MedSec")
    private Session mail;

    @Inject
    private OutboxDelivery delivery;

    @Override
    public void writeItems(List<Object> ids) throws MessagingException {
        try (Transport transport = mail.getTransport()) {
            transport.connect();
            for (Object id : ids) {
                delivery.deliver(((Number) id).longValue(), mail, transport);
            }
        }
    }
}
