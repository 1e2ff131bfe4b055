package jp.medsec.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jp.medsec.account.Role;
import jp.medsec.shared.NativeValues;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the outbox holds, for staff: every mail the application decided to send, whether it went and when, newest
 * first, paged and counted in the database (the outbox of a national run holds tens of thousands).
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class SentMail {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** Which mails: a part of the recipient's address (or null), and unsent ones only, sent ones only, or all (null). */
    public record Filter(String recipient, Boolean sent) {
        public Filter {
            recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
            if (recipient != null && recipient.length() > 254) {
                recipient = recipient.substring(0, 254);
            }
        }
    }

    /** One mail of the list. */
    public record Mail(long id, String recipient, String subject, Instant createdAt, Instant sentAt, int attempts,
                       String lastError) implements java.io.Serializable {
        public boolean isSent() {
            return sentAt != null;
        }
    }

    public long count(Filter filter) {
        return ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox" + where(filter)), filter)
                .getSingleResult()).longValue();
    }

    public List<Mail> page(Filter filter, int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT id, recipient, subject, created_at, sent_at, attempts, "
                + "last_error FROM mail_outbox" + where(filter) + " ORDER BY id DESC"), filter)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new Mail(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                NativeValues.instant(r[3]), NativeValues.instant(r[4]), ((Number) r[5]).intValue(), (String) r[6])).toList();
    }

    /** The text of one mail. */
    public Optional<String> body(long id) {
        @SuppressWarnings("unchecked")
        List<String> bodies = em.createNativeQuery("SELECT body FROM mail_outbox WHERE id = ?").setParameter(1, id)
                .getResultList();
        return bodies.stream().findFirst();
    }

    private static String where(Filter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filter.recipient() != null) {
            where.append(" AND recipient LIKE ?1");
        }
        if (filter.sent() != null) {
            where.append(filter.sent() ? " AND sent_at IS NOT NULL" : " AND sent_at IS NULL");
        }
        return where.toString();
    }

    private static Query bind(Query query, Filter filter) {
        if (filter.recipient() != null) {
            query.setParameter(1, "%" + filter.recipient().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }
}
