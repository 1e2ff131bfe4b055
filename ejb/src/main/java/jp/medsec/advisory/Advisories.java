package jp.medsec.advisory;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.NativeValues;
import jp.medsec.shared.NotFound;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security advisories (DESIGN.md section 5a). Staff publish one, which starts the job that mails its audience, and see
 * per advisory who acknowledged it and when, the rate, and who has not; an officer sees the advisories addressed to
 * the hospital and acknowledges them; anyone reads a published advisory (the Atom feed links to it), never who
 * acknowledged it.
 */
@Stateless
public class Advisories {

    /** How many advisories a list or the feed carries at once, the newest first. */
    public static final int PAGE = 100;
    /** How many institutions a page of an advisory's audience shows. */
    public static final int AUDIENCE_PAGE = 100;

    private static final Logger LOG = Logger.getLogger(Advisories.class.getName());

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Event<AdvisoryPublished> published;

    /** One advisory with its audience's figures, for staff. */
    public record Summary(Advisory advisory, long audience, long acknowledged) {

        /** The share of the audience that acknowledged, 0–100 (one decimal). */
        public double rate() {
            return audience == 0 ? 0 : Math.round(acknowledged * 1000.0 / audience) / 10.0;
        }
    }

    /** Whom an audience list shows. */
    public enum Filter {
        ALL, ACKNOWLEDGED, NOT_ACKNOWLEDGED
    }

    /** One institution of the audience: acknowledged when, by whom, or not yet. */
    public record Addressee(long institutionId, String code, String name, String prefecture, String tier,
                            Instant acknowledgedAt, String acknowledgedBy) {
    }

    /** A page of an advisory's audience, and how many the filter matches. */
    public record AudiencePage(List<Addressee> rows, long matching) {
    }

    /** An advisory as an officer sees it: whether the hospital acknowledged it. */
    public record Addressed(Advisory advisory, Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /** Staff publish an advisory; its audience is mailed once the publication commits. */
    @RolesAllowed(Role.STAFF_NAME)
    public long publish(Advisory.Content content) {
        Advisory advisory = new Advisory(content, access.callerName(), Instant.now());
        em.persist(advisory);
        em.flush();
        published.fire(new AdvisoryPublished(advisory.getId()));
        return advisory.getId();
    }

    /** After the publication committed: the audience is told (the outbox makes it one mail per CISO). */
    static void notifyAudience(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdvisoryPublished event) {
        Properties parameters = new Properties();
        parameters.setProperty("advisoryId", Long.toString(event.advisoryId()));
        try {
            jp.medsec.batch.JobStarts.start("advisory-notify", parameters);
        } catch (RuntimeException e) {
            // The advisory is published and shown on the officers' home pages; the reminders still go after its days.
            LOG.log(Level.WARNING, "The mails of advisory " + event.advisoryId() + " could not be started", e);
        }
    }

    /** The newest advisories with how many of their audience acknowledged them. */
    @RolesAllowed(Role.STAFF_NAME)
    public List<Summary> summaries() {
        List<Advisory> advisories = newest();
        List<Summary> summaries = new ArrayList<>(advisories.size());
        for (Advisory advisory : advisories) {
            summaries.add(summary(advisory));
        }
        return summaries;
    }

    @RolesAllowed(Role.STAFF_NAME)
    public Summary summary(long advisoryId) {
        return summary(find(advisoryId));
    }

    /**
     * A page of the advisory's audience, by institution code; {@code olderThanDays} (with NOT_ACKNOWLEDGED) keeps those
     * who have not acknowledged it although it was published that many days ago or more (0: any).
     */
    @RolesAllowed(Role.STAFF_NAME)
    public AudiencePage audience(long advisoryId, Filter filter, int first) {
        find(advisoryId);
        String where = "WHERE " + AdvisoryAudience.reaches("?1", "i") + switch (filter) {
            case ALL -> "";
            case ACKNOWLEDGED -> " AND k.id IS NOT NULL";
            case NOT_ACKNOWLEDGED -> " AND k.id IS NULL";
        };
        String from = "FROM institution i JOIN prefecture p ON p.code = i.prefecture_code "
                + "LEFT JOIN advisory_acknowledgement k ON k.advisory_id = ?1 AND k.institution_id = i.id ";
        long matching = ((Number) em.createNativeQuery("SELECT COUNT(*) " + from + where)
                .setParameter(1, advisoryId).getSingleResult()).longValue();
        List<Addressee> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT i.id, i.institution_code, i.name, p.name_ja, i.tier, "
                        + "k.acknowledged_at, k.acknowledged_by " + from + where + " ORDER BY i.institution_code")
                .setParameter(1, advisoryId).setFirstResult(Math.max(0, first)).setMaxResults(AUDIENCE_PAGE)
                .getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new Addressee(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], NativeValues.instant(r[5]), (String) r[6]));
        }
        return new AudiencePage(rows, matching);
    }

    /** The advisories addressed to the officer's hospital, those it has not acknowledged first, then the newest. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<Addressed> forMyInstitution() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        List<Addressed> addressed = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT a.id, k.acknowledged_at FROM advisory a JOIN institution i "
                        + "ON i.id = ?1 LEFT JOIN advisory_acknowledgement k ON k.advisory_id = a.id "
                        + "AND k.institution_id = i.id WHERE " + AdvisoryAudience.reaches("a.id", "i")
                        + " ORDER BY CASE WHEN k.id IS NULL THEN 0 ELSE 1 END, a.published_at DESC")
                .setParameter(1, own.getId()).setMaxResults(PAGE).getResultList()) {
            Object[] r = (Object[]) row;
            addressed.add(new Addressed(em.find(Advisory.class, ((Number) r[0]).longValue()), NativeValues.instant(r[1])));
        }
        return addressed;
    }

    /** The officer acknowledges an advisory for the hospital; acknowledging again changes nothing. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void acknowledge(long advisoryId) {
        Advisory advisory = em.find(Advisory.class, advisoryId);
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        if (advisory == null || !advisory.reaches(own)) {
            throw new NotFound("There is no advisory " + advisoryId + " for your institution");
        }
        em.createNativeQuery("INSERT INTO advisory_acknowledgement (advisory_id, institution_id, acknowledged_by, "
                        + "acknowledged_at) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, advisoryId).setParameter(2, own.getId()).setParameter(3, access.callerName())
                .setParameter(4, java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
    }

    /** The newest published advisories, for the feed and the public page; nothing about acknowledgements. */
    @PermitAll
    public List<Advisory> published() {
        return newest();
    }

    /** One published advisory, for anyone. */
    @PermitAll
    public Advisory one(long advisoryId) {
        return find(advisoryId);
    }

    private List<Advisory> newest() {
        return em.createQuery("select a from Advisory a order by a.publishedAt desc, a.id desc", Advisory.class)
                .setMaxResults(PAGE).getResultList();
    }

    private Advisory find(long advisoryId) {
        Advisory advisory = em.find(Advisory.class, advisoryId);
        if (advisory == null) {
            throw new NotFound("There is no advisory " + advisoryId);
        }
        return advisory;
    }

    private Summary summary(Advisory advisory) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(k.id) FROM institution i "
                        + "LEFT JOIN advisory_acknowledgement k ON k.advisory_id = ?1 AND k.institution_id = i.id WHERE "
                        + AdvisoryAudience.reaches("?1", "i"))
                .setParameter(1, advisory.getId()).getSingleResult();
        return new Summary(advisory, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }
}
