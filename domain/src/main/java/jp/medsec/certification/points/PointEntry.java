package jp.medsec.certification.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.certification.Holder;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a holder's points ledger (ポイント台帳). Points belong to the holder; each certification's transcript
 * counts the lines earned inside its own cycle. Lines are never edited; a mistake is corrected by staff with history.
 */
@Entity
@Table(name = "point_entry")
@Audited
public class PointEntry implements java.io.Serializable {

    public static final int MAX_POINTS_PER_ENTRY = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Holder holder;

    @NotBlank
    @Column(nullable = false)
    private String category;

    @Min(1)
    @Max(MAX_POINTS_PER_ENTRY)
    @Column(nullable = false)
    private int points;

    @NotNull
    @Column(name = "earned_on", nullable = false)
    private LocalDate earnedOn;

    /** The 生涯研修セミナー (or its e-Learning): required once per cycle for HIT and Senior HIT. */
    @Column(name = "counts_as_seminar", nullable = false)
    private boolean countsAsSeminar;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PointSource source;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "claim_id")
    private Long claimId;

    @NotBlank
    @Size(max = 300)
    @Column(nullable = false)
    private String description;

    @NotBlank
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PointEntry() {
    }

    private PointEntry(Holder holder, String category, int points, LocalDate earnedOn, boolean seminar, PointSource source,
                       String description, String recordedBy, Instant recordedAt) {
        this.holder = Objects.requireNonNull(holder, "Holder is required");
        this.category = Objects.requireNonNull(category, "Category is required");
        if (points < 1 || points > MAX_POINTS_PER_ENTRY) {
            throw new IllegalArgumentException("Points must be 1.." + MAX_POINTS_PER_ENTRY + ", was " + points);
        }
        this.points = points;
        this.earnedOn = Objects.requireNonNull(earnedOn, "Date earned is required");
        this.countsAsSeminar = seminar;
        this.source = source;
        this.description = Objects.requireNonNull(description, "Description is required");
        this.recordedBy = Objects.requireNonNull(recordedBy, "Recorder is required");
        this.recordedAt = Objects.requireNonNull(recordedAt, "Time recorded is required");
    }

    /** Points for attending a registered event. */
    public static PointEntry forAttendance(Holder holder, long eventId, String category, int points, LocalDate day,
                                           boolean seminar, String eventTitle, String recordedBy, Instant now) {
        PointEntry entry = new PointEntry(holder, category, points, day, seminar, PointSource.ATTENDANCE, eventTitle,
                recordedBy, now);
        entry.eventId = eventId;
        return entry;
    }

    /** Points of an approved claim. */
    public static PointEntry forClaim(Holder holder, long claimId, String category, int points, LocalDate day,
                                      boolean seminar, String description, String approvedBy, Instant now) {
        PointEntry entry = new PointEntry(holder, category, points, day, seminar, PointSource.CLAIM, description,
                approvedBy, now);
        entry.claimId = claimId;
        return entry;
    }

    /** Points staff record directly (e.g. committee membership confirmed by the association). */
    public static PointEntry byStaff(Holder holder, String category, int points, LocalDate day, boolean seminar,
                                     String description, String recordedBy, Instant now) {
        return new PointEntry(holder, category, points, day, seminar, PointSource.STAFF, description, recordedBy, now);
    }

    public EarnedPoints earned() {
        return new EarnedPoints(category, points, earnedOn, countsAsSeminar);
    }

    public Long getId() {
        return id;
    }

    public Holder getHolder() {
        return holder;
    }

    public String getCategory() {
        return category;
    }

    public int getPoints() {
        return points;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public boolean isCountsAsSeminar() {
        return countsAsSeminar;
    }

    public PointSource getSource() {
        return source;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getClaimId() {
        return claimId;
    }

    public String getDescription() {
        return description;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
