package jp.medsec.events;

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
import jp.medsec.certification.Holder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's attendance at one event (出席記録): the single attendance ledger from which renewal points (and, later,
 * completed course modules) follow. A person attends an event once; recording it again changes nothing.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id", nullable = false)
    private Holder holder;

    @Column(name = "attended_on", nullable = false)
    private LocalDate attendedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceMethod method;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The organiser's list upload that recorded it, if one did. */
    @Column(name = "import_run_id")
    private Long importRunId;

    protected Attendance() {
    }

    public Attendance(Event event, Holder holder, LocalDate day, AttendanceMethod method, String recordedBy, Instant now) {
        this.event = Objects.requireNonNull(event, "Event is required");
        this.holder = Objects.requireNonNull(holder, "Holder is required");
        this.attendedOn = event.attendanceDay(day);
        this.method = Objects.requireNonNull(method, "Method is required");
        this.recordedBy = Objects.requireNonNull(recordedBy, "Recorder is required");
        this.recordedAt = Objects.requireNonNull(now, "Time is required");
    }

    /** An attendance from an organiser's list: the upload that recorded it is kept. */
    public Attendance(Event event, Holder holder, LocalDate day, String recordedBy, Instant now, long importRunId) {
        this(event, holder, day, AttendanceMethod.CSV, recordedBy, now);
        this.importRunId = importRunId;
    }

    public Long getImportRunId() {
        return importRunId;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public Holder getHolder() {
        return holder;
    }

    public LocalDate getAttendedOn() {
        return attendedOn;
    }

    public AttendanceMethod getMethod() {
        return method;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
