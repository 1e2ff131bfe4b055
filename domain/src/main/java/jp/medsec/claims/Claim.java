package jp.medsec.claims;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.certification.Holder;
import jp.medsec.certification.points.PointEntry;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A holder's claim for renewal points with evidence (ポイント申請), decided by association staff. Deciding is a state
 * change guarded by the version: two staff members acting on one claim at once, one wins, the other is told.
 */
@Entity
@Table(name = "claim")
@Audited
public class Claim {

    public static final int MAX_POINTS = 25;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Holder holder;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private int points;

    @Column(name = "earned_on", nullable = false)
    private LocalDate earnedOn;

    @Column(nullable = false)
    private String description;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST, optional = false)
    @JoinColumn(name = "evidence_id", nullable = false)
    @NotAudited
    private Evidence evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimState state;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    /** Picked in a random sample for audit (抽出監査). */
    @Column(name = "audit_sample", nullable = false)
    private boolean auditSample;

    protected Claim() {
    }

    public Claim(Holder holder, String category, int points, LocalDate earnedOn, String description, Evidence evidence,
                 LocalDate today, Instant now) {
        this.holder = Objects.requireNonNull(holder, "Holder is required");
        this.category = Objects.requireNonNull(category, "Category is required");
        if (points < 1 || points > MAX_POINTS) {
            throw new InputRejected("claim.points", "Points must be 1.." + MAX_POINTS + ", was " + points, MAX_POINTS);
        }
        this.points = points;
        Objects.requireNonNull(earnedOn, "The date of the activity is required");
        if (earnedOn.isAfter(today)) {
            throw new InputRejected("claim.future", "The activity date " + earnedOn + " is in the future", String.valueOf(earnedOn));
        }
        this.earnedOn = earnedOn;
        if (description == null || description.isBlank()) {
            throw new InputRejected("claim.description", "A description of the activity is required");
        }
        this.description = description.strip().length() > 300 ? description.strip().substring(0, 300) : description.strip();
        this.evidence = Objects.requireNonNull(evidence, "Evidence is required");
        this.state = ClaimState.SUBMITTED;
        this.submittedAt = now;
    }

    /** Approves the claim and answers the ledger line its points become. */
    public PointEntry approve(String by, Instant now) {
        requireSubmitted();
        state = ClaimState.APPROVED;
        decidedBy = by;
        decidedAt = now;
        return PointEntry.forClaim(holder, id, category, points, earnedOn, false, description, by, now);
    }

    public void reject(String by, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InputRejected("claim.reasonRequired", "A reason is required to reject a claim");
        }
        requireSubmitted();
        state = ClaimState.REJECTED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
    }

    public void pickForAudit() {
        auditSample = true;
    }

    private void requireSubmitted() {
        if (state != ClaimState.SUBMITTED) {
            throw new RuleViolation("claim.decided", "Claim " + id + " was already " + state.name().toLowerCase() + " by " + decidedBy,
                    decidedBy);
        }
    }

    public Long getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
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

    public String getDescription() {
        return description;
    }

    public Evidence getEvidence() {
        return evidence;
    }

    public ClaimState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public boolean isAuditSample() {
        return auditSample;
    }
}
