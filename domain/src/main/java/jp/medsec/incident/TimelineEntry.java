package jp.medsec.incident;

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
import jp.medsec.shared.InputRejected;

import java.time.Instant;

/** One line of an incident's timeline (経過): what happened to it, who wrote it on which side, when. Never changed. */
@Entity
@Table(name = "incident_timeline")
public class TimelineEntry {

    /** Which side wrote a line. */
    public enum Side {
        REPORTER, SUPPORTER, STAFF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", updatable = false)
    private Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private TimelineKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Side side;

    @Column(name = "written_by", nullable = false, length = 64, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(length = Incident.MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "file_id", updatable = false)
    private Long fileId;

    protected TimelineEntry() {
    }

    public TimelineEntry(Incident incident, TimelineKind kind, Side side, String writtenBy, Instant writtenAt,
                         String text, Long fileId) {
        if (kind == TimelineKind.NOTE && (text == null || text.isBlank())) {
            throw new InputRejected("incident.note", "note: write what was done or found");
        }
        if (text != null && text.strip().length() > Incident.MAX_TEXT) {
            throw new InputRejected("incident.tooLong", "note: at most " + Incident.MAX_TEXT + " characters",
                    Incident.MAX_TEXT);
        }
        this.incident = incident;
        this.kind = kind;
        this.side = side;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.fileId = fileId;
    }

    public Long getId() {
        return id;
    }

    public Incident getIncident() {
        return incident;
    }

    public TimelineKind getKind() {
        return kind;
    }

    public Side getSide() {
        return side;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }

    public Long getFileId() {
        return fileId;
    }
}
