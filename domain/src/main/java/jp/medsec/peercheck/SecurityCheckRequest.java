package jp.medsec.peercheck;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.util.Objects;

/**
 * A security check's request (セキュリティチェックの依頼): who asked for it and why, the LEADING hospital's answer, and when
 * the check was closed. Requested by the SELF_DEFENDING hospital and accepted or declined, or assigned by staff
 * (accepted from the start). A mutual check has none: its state is null.
 */
@Embeddable
public class SecurityCheckRequest {

    public static final int MAX_NOTE = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_state")
    private RequestState state;

    @Column(name = "assigned_by_staff", nullable = false)
    private boolean assignedByStaff;

    @Column(name = "request_note", length = MAX_NOTE)
    private String note;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "answer_note", length = MAX_NOTE)
    private String answerNote;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** When the check was closed (after its re-check): the checker's access to its audit ends then. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** No request: a mutual check. */
    protected SecurityCheckRequest() {
    }

    private SecurityCheckRequest(RequestState state, String note, String by, Instant at) {
        this.state = state;
        this.note = note(note, "note");
        this.requestedBy = Objects.requireNonNull(by);
        this.requestedAt = Objects.requireNonNull(at);
    }

    static SecurityCheckRequest none() {
        return new SecurityCheckRequest();
    }

    /** The SELF_DEFENDING hospital asks; the LEADING hospital answers. */
    static SecurityCheckRequest requested(String note, String by, Instant at) {
        return new SecurityCheckRequest(RequestState.REQUESTED, note, by, at);
    }

    /** Staff assign the check: accepted from the start. */
    static SecurityCheckRequest assigned(String note, String by, Instant at) {
        SecurityCheckRequest request = new SecurityCheckRequest(RequestState.ACCEPTED, note, by, at);
        request.assignedByStaff = true;
        request.answeredAt = at;
        return request;
    }

    void accept(String answer, Instant at) {
        requireRequested();
        this.state = RequestState.ACCEPTED;
        this.answerNote = note(answer, "answer");
        this.answeredAt = at;
    }

    void decline(String reason, Instant at) {
        requireRequested();
        String why = note(reason, "answer");
        if (why == null) {
            throw new InputRejected("securityCheck.declineReason", "answer: say why the check is declined");
        }
        this.state = RequestState.DECLINED;
        this.answerNote = why;
        this.answeredAt = at;
    }

    void close(Instant at) {
        if (!isOpen()) {
            throw new RuleViolation("securityCheck.notOpen", "Only an accepted security check that is still open is "
                    + "closed");
        }
        this.closedAt = Objects.requireNonNull(at);
    }

    /** Accepted and not closed: scheduled and worked on. */
    boolean isOpen() {
        return state == RequestState.ACCEPTED && closedAt == null;
    }

    /** Refuses scheduling a check not accepted, or closed. */
    void requireSchedulable() {
        if (state != RequestState.ACCEPTED) {
            throw new RuleViolation("securityCheck.notAccepted", "A security check is scheduled once the "
                    + "checking hospital has accepted it");
        }
        if (closedAt != null) {
            throw new RuleViolation("securityCheck.closed", "This security check is closed");
        }
    }

    private void requireRequested() {
        if (state != RequestState.REQUESTED) {
            throw new RuleViolation("securityCheck.answered", "This security check has already been answered");
        }
    }

    private static String note(String value, String field) {
        String cleaned = value == null ? "" : value.strip();
        if (cleaned.length() > MAX_NOTE) {
            throw new InputRejected("securityCheck.longNote", field + ": at most " + MAX_NOTE + " characters",
                    MAX_NOTE);
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    public RequestState getState() {
        return state;
    }

    public boolean isAssignedByStaff() {
        return assignedByStaff;
    }

    public String getNote() {
        return note;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
