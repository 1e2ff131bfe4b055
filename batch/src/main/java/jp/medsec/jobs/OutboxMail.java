package jp.medsec.jobs;

import java.io.Serializable;

/** A mail decided by a job, before it goes into the outbox. */
public record OutboxMail(String dedupKey, String recipient, String subject, String body) implements Serializable {
}
