package jp.medsec.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event that earns renewal points to those who attend (研修会・学会・セミナー・e-Learning): who organises it, when,
 * how many points of which category, and whether it is the 生涯研修セミナー that HIT and Senior HIT need once a cycle.
 */
@Entity
@Table(name = "event")
@Audited
public class Event implements java.io.Serializable {

    public static final int MAX_POINTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String organiser;

    @NotNull
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Size(max = 200)
    private String venue;

    @Min(0)
    @Max(MAX_POINTS)
    @Column(nullable = false)
    private int points;

    @NotBlank
    @Column(name = "point_category", nullable = false)
    private String pointCategory;

    @Column(name = "mandatory_seminar", nullable = false)
    private boolean mandatorySeminar;

    /** Course modules (security personnel curriculum) that attending completes. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @jakarta.persistence.CollectionTable(name = "event_module", joinColumns = @jakarta.persistence.JoinColumn(name = "event_id"))
    @Column(name = "module_code", nullable = false)
    @org.hibernate.envers.NotAudited
    private java.util.Set<String> modules = new java.util.TreeSet<>();

    /** When staff cancelled it (中止), or null. */
    @Column(name = "cancelled_at")
    private java.time.Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected Event() {
    }

    public Event(String title, EventKind kind, String organiser, LocalDate startsOn, LocalDate endsOn, int points,
                 String pointCategory, boolean mandatorySeminar) {
        this.title = requireText(title, "Title");
        this.kind = Objects.requireNonNull(kind, "Kind is required");
        this.organiser = requireText(organiser, "Organiser");
        this.startsOn = Objects.requireNonNull(startsOn, "Start date is required");
        this.endsOn = Objects.requireNonNull(endsOn, "End date is required");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("The event ends (" + endsOn + ") before it starts (" + startsOn + ")");
        }
        if (points < 0 || points > MAX_POINTS) {
            throw new IllegalArgumentException("Points must be 0.." + MAX_POINTS + ", was " + points);
        }
        this.points = points;
        this.pointCategory = requireText(pointCategory, "Point category");
        this.mandatorySeminar = mandatorySeminar;
    }

    /**
     * Corrects what was announced (title, kind, organiser, days, venue, points). The catalogue allows it only while
     * nobody has attended; a cancelled event is not revised.
     */
    public void revise(String title, EventKind kind, String organiser, LocalDate startsOn, LocalDate endsOn, String venue,
                       int points) {
        refuseIfCancelled();
        Event checked = new Event(title, kind, organiser, startsOn, endsOn, points, pointCategory, mandatorySeminar);
        this.title = checked.title;
        this.kind = checked.kind;
        this.organiser = checked.organiser;
        this.startsOn = checked.startsOn;
        this.endsOn = checked.endsOn;
        this.points = checked.points;
        locate(venue);
    }

    /** Cancels it (中止) with the reason said to holders and staff; it then takes no attendance. */
    public void cancel(String reason, java.time.Instant now) {
        refuseIfCancelled();
        if (reason == null || reason.isBlank()) {
            throw new jp.medsec.shared.RuleViolation("event.cancelReasonRequired", "A reason is required to cancel an event");
        }
        this.cancelReason = reason.strip();
        if (cancelReason.length() > 500) {
            throw new IllegalArgumentException("The reason may be at most 500 characters");
        }
        this.cancelledAt = Objects.requireNonNull(now);
    }

    /** Refuses attendance to a cancelled event: reception, staff entry and list upload all ask here first. */
    public void requireAttendable() {
        refuseIfCancelled();
    }

    /** A cancelled event is neither revised, cancelled again, nor attended. */
    private void refuseIfCancelled() {
        if (isCancelled()) {
            throw new jp.medsec.shared.RuleViolation("event.cancelled", "The event " + id + " is cancelled", title);
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public java.time.Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    /** Says which course modules attending this event completes. */
    public void cover(java.util.Collection<String> moduleCodes) {
        for (String code : moduleCodes) {
            if (!jp.medsec.personnel.Modules.isKnown(code)) {
                throw new IllegalArgumentException("Unknown course module " + code);
            }
        }
        modules.clear();
        modules.addAll(moduleCodes);
    }

    public java.util.Set<String> getModules() {
        return java.util.Set.copyOf(modules);
    }

    public void locate(String venue) {
        this.venue = venue == null || venue.isBlank() ? null : venue.strip();
    }

    /** The day an attendance counts for: the day given if it falls inside the event, else its first day. */
    public LocalDate attendanceDay(LocalDate given) {
        return given != null && !given.isBefore(startsOn) && !given.isAfter(endsOn) ? given : startsOn;
    }

    public boolean awardsPoints() {
        return points > 0;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getOrganiser() {
        return organiser;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getVenue() {
        return venue;
    }

    public int getPoints() {
        return points;
    }

    public String getPointCategory() {
        return pointCategory;
    }

    public boolean isMandatorySeminar() {
        return mandatorySeminar;
    }
}
