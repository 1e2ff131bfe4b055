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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.Objects;

/** A request to defer (保留) a certification's cycle for maternity, childcare or sickness leave; staff decide. */
@Entity
@Table(name = "deferral_request")
@Audited
public class DeferralRequest {

    public enum Reason {
        MATERNITY, CHILDCARE, SICKNESS, OTHER
    }

    public enum State {
        SUBMITTED, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certification_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Certification certification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    @Column(nullable = false)
    private String note;

    @Column(name = "years_requested", nullable = false)
    private int yearsRequested;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected DeferralRequest() {
    }

    public DeferralRequest(Certification certification, Reason reason, String note, int yearsRequested, Instant now) {
        this.certification = Objects.requireNonNull(certification, "Certification is required");
        this.reason = Objects.requireNonNull(reason, "A reason is required");
        if (yearsRequested < 1 || yearsRequested > 3) {
            throw new jp.medsec.shared.InputRejected("deferral.years", "A deferral is 1 to 3 years, was " + yearsRequested, yearsRequested);
        }
        if (!certification.getStatus().isCurrent()) {
            throw new jp.medsec.shared.RuleViolation("deferral.status", certification.getCertificateNumber() + " is " + certification.getStatus(),
                    certification.getCertificateNumber(), certification.getStatus().name());
        }
        this.note = note == null ? "" : note.strip();
        this.yearsRequested = yearsRequested;
        this.state = State.SUBMITTED;
        this.submittedAt = now;
    }

    public void approve(CertificationRule rule, int years, String by, Instant now) {
        requireSubmitted();
        certification.defer(rule, years, "保留（" + reason + "）" + (note.isEmpty() ? "" : " " + note));
        state = State.APPROVED;
        decidedBy = by;
        decidedAt = now;
        decisionNote = years + " year(s)";
    }

    public void reject(String why, String by, Instant now) {
        requireSubmitted();
        if (why == null || why.isBlank()) {
            throw new jp.medsec.shared.InputRejected("deferral.refusalReason", "Say why the deferral is refused");
        }
        state = State.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionNote = why.strip();
    }

    private void requireSubmitted() {
        if (state != State.SUBMITTED) {
            throw new jp.medsec.shared.RuleViolation("deferral.decided", "The request was already " + state.name().toLowerCase() + " by " + decidedBy,
                    decidedBy);
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

    public Reason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public int getYearsRequested() {
        return yearsRequested;
    }

    public State getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
