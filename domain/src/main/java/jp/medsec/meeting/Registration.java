package jp.medsec.meeting;

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

/**
 * One person's registration (申し込み) for a meeting, made by their institution's officer: a confirmed place or a place
 * on the waiting list (in the order registered), and, once the meeting is held, whether they attended. A withdrawn
 * registration stays, cancelled; registering the same person again puts them at the back of the queue.
 */
@Entity
@Table(name = "meeting_registration")
@Audited
public class Registration implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME = 100;
    public static final int MAX_ROLE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    @Column(name = "participant_name", nullable = false, length = MAX_NAME, updatable = false)
    private String participantName;

    @Column(name = "participant_role", length = MAX_ROLE)
    private String participantRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RegistrationState state;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    /** When the person joined the queue: the waiting list moves up in this order. */
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** Null until the host records it. */
    private Boolean attended;

    @Column(name = "attendance_recorded_by", length = 64)
    private String attendanceRecordedBy;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    protected Registration() {
    }

    /** A new registration, made by {@link Meeting#register}: a confirmed place if one is free, else the waiting list. */
    Registration(Meeting meeting, Institution institution, String participantName, String participantRole,
                        boolean placeFree, String registeredBy, Instant now) {
        this.meeting = meeting;
        this.institution = institution;
        this.participantName = name(participantName);
        this.participantRole = role(participantRole);
        enqueue(placeFree, registeredBy, now);
    }

    void registerAgain(String participantRole, boolean placeFree, String registeredBy, Instant now) {
        if (state != RegistrationState.CANCELLED) {
            throw new RuleViolation("meeting.alreadyRegistered", participantName + " is registered already",
                    participantName);
        }
        this.participantRole = role(participantRole);
        enqueue(placeFree, registeredBy, now);
    }

    private void enqueue(boolean placeFree, String by, Instant now) {
        this.state = placeFree ? RegistrationState.CONFIRMED : RegistrationState.WAITING;
        this.registeredBy = by;
        this.registeredAt = now;
        this.confirmedAt = placeFree ? now : null;
        this.cancelledAt = null;
    }

    /** Withdraws the registration; answers whether it gave up a confirmed place (the waiting list then moves up). */
    boolean cancel(Instant now) {
        if (state == RegistrationState.CANCELLED) {
            throw new RuleViolation("meeting.registrationCancelled", "The registration " + id + " is withdrawn already");
        }
        if (attended != null) {
            throw new RuleViolation("meeting.attended", "Attendance is recorded for " + participantName);
        }
        boolean heldPlace = state == RegistrationState.CONFIRMED;
        state = RegistrationState.CANCELLED;
        cancelledAt = now;
        return heldPlace;
    }

    /** The first on the waiting list takes a place that became free. */
    void moveUp(Instant now) {
        if (state != RegistrationState.WAITING) {
            throw new IllegalStateException("Only a waiting registration moves up, not " + state);
        }
        state = RegistrationState.CONFIRMED;
        confirmedAt = now;
    }

    /** The host records whether a person with a place came. */
    public void recordAttendance(boolean present, String by, Instant now) {
        if (state != RegistrationState.CONFIRMED) {
            throw new RuleViolation("meeting.noPlace", participantName + " has no confirmed place", participantName);
        }
        this.attended = present;
        this.attendanceRecordedBy = by;
        this.attendanceRecordedAt = now;
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw new InputRejected("meeting.participantName", "participantName: whose place is it?");
        }
        String name = value.strip();
        if (name.length() > MAX_NAME) {
            throw new InputRejected("meeting.tooLong", "participantName: at most " + MAX_NAME + " characters", MAX_NAME);
        }
        return name;
    }

    private static String role(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String role = value.strip();
        if (role.length() > MAX_ROLE) {
            throw new InputRejected("meeting.tooLong", "participantRole: at most " + MAX_ROLE + " characters", MAX_ROLE);
        }
        return role;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getParticipantName() {
        return participantName;
    }

    public String getParticipantRole() {
        return participantRole;
    }

    public RegistrationState getState() {
        return state;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Boolean getAttended() {
        return attended;
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }
}
