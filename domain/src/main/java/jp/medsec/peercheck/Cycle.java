package jp.medsec.peercheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fiscal year's cycle of mutual security checks (DESIGN.md section 4): opened by staff, planned while DRAFT (the
 * participants, conflicts and pairs change), PUBLISHED when the plan is final, CLOSED when the year is over.
 */
@Entity
@Table(name = "peer_check_cycle")
@Audited
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "travel_preference", nullable = false)
    private TravelPreference travelPreference;

    /** Until when officers declare conflicts of interest and the months they cannot host or visit. */
    @Column(name = "conflicts_due", nullable = false)
    private LocalDate conflictsDue;

    /** By when every check of the cycle is to be carried out. */
    @Column(name = "checks_due", nullable = false)
    private LocalDate checksDue;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "computed_at")
    private Instant computedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Cycle() {
    }

    public Cycle(int fiscalYear, TravelPreference travelPreference, LocalDate conflictsDue, LocalDate checksDue,
                 String openedBy, Instant openedAt) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new IllegalArgumentException("fiscalYear: must be a year such as 2026, was " + fiscalYear);
        }
        this.fiscalYear = fiscalYear;
        this.status = CycleStatus.DRAFT;
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedAt = Objects.requireNonNull(openedAt);
        settle(travelPreference, conflictsDue, checksDue);
    }

    /** A cycle with the usual settings: NEAR, conflicts by the end of May, checks by the end of the fiscal year. */
    public static Cycle withDefaults(int fiscalYear, String openedBy, Instant openedAt) {
        return new Cycle(fiscalYear, TravelPreference.NEAR, LocalDate.of(fiscalYear, 5, 31),
                LocalDate.of(fiscalYear + 1, 3, 31), openedBy, openedAt);
    }

    /** Changes the settings while the cycle is a draft. */
    public void settle(TravelPreference travelPreference, LocalDate conflictsDue, LocalDate checksDue) {
        requireDraft();
        this.travelPreference = Objects.requireNonNull(travelPreference, "travelPreference: is required");
        Objects.requireNonNull(conflictsDue, "conflictsDue: is required");
        Objects.requireNonNull(checksDue, "checksDue: is required");
        LocalDate first = LocalDate.of(fiscalYear, 4, 1);
        LocalDate last = LocalDate.of(fiscalYear + 1, 3, 31);
        if (checksDue.isBefore(first) || checksDue.isAfter(last)) {
            throw new IllegalArgumentException("checksDue: must fall in fiscal year " + fiscalYear + " (" + first
                    + " to " + last + "), was " + checksDue);
        }
        if (conflictsDue.isAfter(checksDue)) {
            throw new IllegalArgumentException("conflictsDue: must not be after the checks are due (" + checksDue
                    + "), was " + conflictsDue);
        }
        this.conflictsDue = conflictsDue;
        this.checksDue = checksDue;
    }

    /** Refuses a change once the plan is published (409). */
    public void requireDraft() {
        if (status != null && status != CycleStatus.DRAFT) {
            throw new RuleViolation("peercheck.published", "The plan of fiscal year " + fiscalYear + " is "
                    + status.name().toLowerCase() + ": it no longer changes", fiscalYear);
        }
    }

    public void computed(Instant at) {
        requireDraft();
        this.computedAt = at;
    }

    public void publish(String by, Instant at) {
        requireDraft();
        if (computedAt == null) {
            throw new RuleViolation("peercheck.notComputed", "The plan of fiscal year " + fiscalYear
                    + " has not been computed yet", fiscalYear);
        }
        this.status = CycleStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public void close(Instant at) {
        if (status != CycleStatus.PUBLISHED) {
            throw new RuleViolation("peercheck.notPublished", "Only a published cycle is closed; fiscal year "
                    + fiscalYear + " is " + status.name().toLowerCase(), fiscalYear);
        }
        this.status = CycleStatus.CLOSED;
        this.closedAt = at;
    }

    public boolean isDraft() {
        return status == CycleStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public TravelPreference getTravelPreference() {
        return travelPreference;
    }

    public LocalDate getConflictsDue() {
        return conflictsDue;
    }

    public LocalDate getChecksDue() {
        return checksDue;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
