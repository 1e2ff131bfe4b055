package jp.medsec.onsite;

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
import jp.medsec.institution.Institution;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's place in an on-site training (実地研修生): applied for by their institution's officer, accepted or
 * declined by the host, and completed on a day the host records.
 */
@Entity
@Table(name = "onsite_trainee")
@Audited
public class Trainee implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", updatable = false)
    private OnsiteTraining training;

    /** The institution that applied (where the person works). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    @Column(name = "holder_id", nullable = false, updatable = false)
    private long holderId;

    @Column(name = "trainee_name", nullable = false, length = 100, updatable = false)
    private String traineeName;

    @Column(length = MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TraineeState state;

    @Column(name = "applied_by", nullable = false, length = 64, updatable = false)
    private String appliedBy;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "decline_reason", length = MAX_NOTE)
    private String declineReason;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Trainee() {
    }

    Trainee(OnsiteTraining training, Institution institution, long holderId, String traineeName, String note,
            String appliedBy, Instant now) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new InputRejected("onsite.longNote", "note: at most " + MAX_NOTE + " characters", MAX_NOTE);
        }
        this.training = training;
        this.institution = institution;
        this.holderId = holderId;
        this.traineeName = traineeName;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.state = TraineeState.APPLIED;
        this.appliedBy = appliedBy;
        this.appliedAt = now;
    }

    void accept(String by, Instant now) {
        requireState(TraineeState.APPLIED, "onsite.answered");
        state = TraineeState.ACCEPTED;
        answeredBy = by;
        answeredAt = now;
    }

    /** The host declines, saying why (the applicant reads it). */
    public void decline(String reason, String by, Instant now) {
        requireState(TraineeState.APPLIED, "onsite.answered");
        if (reason == null || reason.isBlank()) {
            throw new InputRejected("onsite.declineReason", "reason: say why the application is declined");
        }
        if (reason.strip().length() > MAX_NOTE) {
            throw new InputRejected("onsite.longNote", "reason: at most " + MAX_NOTE + " characters", MAX_NOTE);
        }
        state = TraineeState.DECLINED;
        declineReason = reason.strip();
        answeredBy = by;
        answeredAt = now;
    }

    /** The host records the training completed on a day within the period (not in the future). */
    public void complete(LocalDate on, LocalDate today) {
        requireState(TraineeState.ACCEPTED, "onsite.notAccepted");
        if (on == null) {
            throw new InputRejected("onsite.completedOn", "completedOn: the day the training was completed");
        }
        if (on.isAfter(today) || on.isBefore(training.getStartsOn())) {
            throw new InputRejected("onsite.completedOutside", "completedOn: " + on + " is not between "
                    + training.getStartsOn() + " and today", training.getStartsOn(), today);
        }
        state = TraineeState.COMPLETED;
        completedOn = on;
    }

    /** The applicant withdraws while the application is open. */
    public void withdraw() {
        if (!state.isOpen()) {
            throw new RuleViolation("onsite.notOpen", "The application " + id + " is " + state);
        }
        state = TraineeState.WITHDRAWN;
    }

    private void requireState(TraineeState expected, String code) {
        if (state != expected) {
            throw new RuleViolation(code, "The application " + id + " is " + state + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public OnsiteTraining getTraining() {
        return training;
    }

    public Institution getInstitution() {
        return institution;
    }

    public long getHolderId() {
        return holderId;
    }

    public String getTraineeName() {
        return traineeName;
    }

    public String getNote() {
        return note;
    }

    public TraineeState getState() {
        return state;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
