package jp.medsec.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Places for on-site training (実地研修の受け入れ枠) that a LEADING hospital offers for a period: what the trainees do,
 * how many it takes at once. Applications are accepted up to the places; the offer closes when its period ends.
 */
@Entity
@Table(name = "onsite_training")
@Audited
public class OnsiteTraining implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_PLACES = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution host;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_TEXT)
    private String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int places;

    @Column(name = "offered_by", nullable = false, length = 64, updatable = false)
    private String offeredBy;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    protected OnsiteTraining() {
    }

    public OnsiteTraining(Institution host, String title, String description, LocalDate startsOn, LocalDate endsOn,
                          int places, LocalDate today, String offeredBy, Instant offeredAt) {
        if (host.getTier() != InstitutionTier.LEADING) {
            throw new RuleViolation("onsite.hostTier", "Only a leading institution offers on-site training ("
                    + host.getName() + " is " + host.getTier() + ")", host.getName());
        }
        if (title == null || title.isBlank()) {
            throw new InputRejected("onsite.title", "title is required");
        }
        if (title.strip().length() > MAX_TITLE || (description != null && description.strip().length() > MAX_TEXT)) {
            throw new InputRejected("onsite.tooLong", "title: at most " + MAX_TITLE + ", description: at most "
                    + MAX_TEXT + " characters", MAX_TITLE, MAX_TEXT);
        }
        if (startsOn == null || endsOn == null) {
            throw new InputRejected("onsite.period", "startsOn, endsOn: give the period");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InputRejected("onsite.endsBeforeStart", "endsOn: the period ends (" + endsOn + ") before it starts ("
                    + startsOn + ")");
        }
        if (endsOn.isBefore(today)) {
            throw new InputRejected("onsite.past", "endsOn: the period is over");
        }
        if (places < 1 || places > MAX_PLACES) {
            throw new InputRejected("onsite.places", "places: 1.." + MAX_PLACES + ", was " + places, MAX_PLACES, places);
        }
        this.host = host;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.places = places;
        this.offeredBy = offeredBy;
        this.offeredAt = offeredAt;
    }

    /** Another institution applies for a person; an offer whose period is over takes no one. */
    public Trainee apply(Institution from, long holderId, String traineeName, String note, String appliedBy,
                         LocalDate today, Instant now) {
        if (endsOn.isBefore(today)) {
            throw new RuleViolation("onsite.closed", "The on-site training " + id + " is over");
        }
        if (from.getId().equals(host.getId())) {
            throw new RuleViolation("onsite.ownHospital", "A hospital does not apply for its own on-site training");
        }
        return new Trainee(this, from, holderId, traineeName, note, appliedBy, now);
    }

    /** Accepts an application while places are free. */
    public void accept(Trainee trainee, long accepted, String by, Instant now) {
        if (accepted >= places) {
            throw new RuleViolation("onsite.full", "All " + places + " places are taken", places);
        }
        trainee.accept(by, now);
    }

    public boolean isHostedBy(long institutionId) {
        return host.getId() == institutionId;
    }

    public Long getId() {
        return id;
    }

    public Institution getHost() {
        return host;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getPlaces() {
        return places;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }
}
