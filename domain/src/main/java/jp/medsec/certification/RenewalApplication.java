package jp.medsec.certification;

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
import jp.medsec.certification.points.Transcript;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A holder's application to renew one certification for the cycle ending on {@link #getCycleEnd()}: made inside the
 * renewal window, checked by staff against the transcript, the fee recorded, then approved (the next cycle starts) or
 * returned with reasons, after which the holder may apply again.
 */
@Entity
@Table(name = "renewal_application")
@Audited
public class RenewalApplication implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certification_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Certification certification;

    @Column(name = "cycle_end", nullable = false)
    private LocalDate cycleEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RenewalState state;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** Points and seminar as the transcript showed them when the holder applied. */
    @Column(name = "points_at_submission", nullable = false)
    private int pointsAtSubmission;

    @Column(name = "seminar_at_submission")
    private LocalDate seminarAtSubmission;

    @Column(name = "fee_paid_on")
    private LocalDate feePaidOn;

    @Column(name = "fee_yen")
    private Integer feeYen;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_reasons")
    private String returnReasons;

    protected RenewalApplication() {
    }

    /**
     * The holder applies with the cycle's transcript: the rules renew only with the points and the seminar complete,
     * so an application while they are short is refused, saying what is missing and by when.
     */
    public static RenewalApplication apply(Certification certification, CertificationRule rule,
                                           Transcript transcript, LocalDate today,
                                           Instant now) {
        if (transcript.missingPoints() > 0) {
            throw new RuleViolation("renewal.pointsShort", certification.getCertificateNumber() + " needs "
                    + transcript.missingPoints() + " more points by " + transcript.deadline() + " before applying",
                    certification.getCertificateNumber(), transcript.missingPoints(), transcript.deadline().toString());
        }
        if (transcript.seminarMissing()) {
            throw new RuleViolation("renewal.seminarMissing", certification.getCertificateNumber()
                    + " needs the lifelong-learning seminar by " + transcript.deadline() + " before applying",
                    certification.getCertificateNumber(), transcript.deadline().toString());
        }
        return new RenewalApplication(certification, rule, today, transcript.countedPoints(),
                transcript.seminarAttendedOn(), now);
    }

    public RenewalApplication(Certification certification, CertificationRule rule, LocalDate today, int points,
                              LocalDate seminar, Instant now) {
        this.certification = Objects.requireNonNull(certification, "Certification is required");
        if (!certification.getStatus().isCurrent()) {
            throw new RuleViolation("renewal.notCurrent", certification.getCertificateNumber() + " is "
                    + certification.getStatus() + " and cannot be renewed", certification.getCertificateNumber());
        }
        if (!rule.isInRenewalWindow(certification.currentCycle(), today)) {
            throw new RuleViolation("renewal.outsideWindow", "Renewal applications for " + certification.getCertificateNumber()
                    + " are accepted from " + rule.renewalWindowStart(certification.currentCycle()) + " to "
                    + certification.getValidUntil(), rule.renewalWindowStart(certification.currentCycle()).toString(),
                    certification.getValidUntil().toString());
        }
        this.cycleEnd = certification.getValidUntil();
        this.state = RenewalState.SUBMITTED;
        this.submittedAt = now;
        this.pointsAtSubmission = points;
        this.seminarAtSubmission = seminar;
    }

    public void recordFee(LocalDate paidOn, int yen, int required) {
        requireSubmitted();
        Objects.requireNonNull(paidOn, "The payment date is required");
        if (yen < required) {
            throw new jp.medsec.shared.InputRejected("renewal.fee", "The fee is JPY " + required + "; JPY " + yen + " was recorded", required, yen);
        }
        feePaidOn = paidOn;
        feeYen = yen;
    }

    /** Approves the renewal; the certification's next cycle starts. The transcript must meet the rules. */
    public void approve(CertificationRule rule, boolean transcriptMeetsRequirements, String by, Instant now) {
        requireSubmitted();
        if (feePaidOn == null) {
            throw new RuleViolation("renewal.feeMissing", "Record the renewal fee before approving");
        }
        if (!transcriptMeetsRequirements) {
            throw new RuleViolation("renewal.transcriptShort",
                    "The transcript does not meet the requirements: return the application instead");
        }
        certification.renew(rule);
        state = RenewalState.APPROVED;
        decidedBy = by;
        decidedAt = now;
    }

    public void returnWithReasons(String reasons, String by, Instant now) {
        requireSubmitted();
        if (reasons == null || reasons.isBlank()) {
            throw new jp.medsec.shared.InputRejected("renewal.returnReasons", "Say why the application is returned");
        }
        state = RenewalState.RETURNED;
        returnReasons = reasons.strip();
        decidedBy = by;
        decidedAt = now;
    }

    private void requireSubmitted() {
        if (state != RenewalState.SUBMITTED) {
            throw new RuleViolation("renewal.decided", "The application was already " + state.name().toLowerCase() + " by "
                    + decidedBy, decidedBy);
        }
    }

    public Long getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
    }

    public Certification getCertification() {
        return certification;
    }

    public LocalDate getCycleEnd() {
        return cycleEnd;
    }

    public RenewalState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getPointsAtSubmission() {
        return pointsAtSubmission;
    }

    public LocalDate getSeminarAtSubmission() {
        return seminarAtSubmission;
    }

    public LocalDate getFeePaidOn() {
        return feePaidOn;
    }

    public Integer getFeeYen() {
        return feeYen;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReturnReasons() {
        return returnReasons;
    }
}
