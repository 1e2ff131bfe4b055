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
import jakarta.persistence.Version;
import jp.medsec.institution.Institution;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.Texts;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;

/**
 * An incident report or request for help (インシデント相談): what happened and when, the systems affected, whether care
 * is disrupted, whom to call; the supporter it reached (null: the association's desk); where it stands.
 */
@Entity
@Table(name = "incident")
@Audited
public class Incident implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CONTACT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supporter_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution supporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private IncidentKind kind;

    @Column(nullable = false, length = MAX_TITLE, updatable = false)
    private String title;

    @Column(name = "what_happened", nullable = false, length = MAX_TEXT, updatable = false)
    private String whatHappened;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "systems_affected", length = MAX_TEXT, updatable = false)
    private String systemsAffected;

    @Column(name = "care_disrupted", nullable = false, updatable = false)
    private boolean careDisrupted;

    @Column(nullable = false, length = MAX_CONTACT, updatable = false)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IncidentState state;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "reported_by", nullable = false, length = 64, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = MAX_TEXT)
    private String resolution;

    protected Incident() {
    }

    /** What the reporting officer writes. */
    public record Report(IncidentKind kind, String title, String whatHappened, Instant occurredAt,
                         String systemsAffected, boolean careDisrupted, String contact) {
    }

    public Incident(Institution institution, Institution supporter, Report report, int fiscalYear, String reportedBy,
                    Instant now) {
        if (report == null || report.kind() == null) {
            throw new InputRejected("incident.kind", "kind: an incident or a request for help");
        }
        if (report.occurredAt() != null && report.occurredAt().isAfter(now.plusSeconds(300))) {
            throw new InputRejected("incident.future", "occurredAt: " + report.occurredAt() + " is in the future");
        }
        if (report.kind() == IncidentKind.INCIDENT && report.occurredAt() == null) {
            throw new InputRejected("incident.occurredAt", "occurredAt: when did it happen?");
        }
        this.institution = institution;
        this.supporter = supporter;
        this.kind = report.kind();
        this.title = Texts.required(report.title(), "incident", "title", MAX_TITLE);
        this.whatHappened = Texts.required(report.whatHappened(), "incident", "whatHappened", MAX_TEXT);
        this.occurredAt = report.occurredAt();
        this.systemsAffected = Texts.optional(report.systemsAffected(), "incident", "systemsAffected", MAX_TEXT);
        this.careDisrupted = report.careDisrupted();
        this.contact = Texts.required(report.contact(), "incident", "contact", MAX_CONTACT);
        this.state = IncidentState.RECEIVED;
        this.fiscalYear = fiscalYear;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    /** The supporter (or staff) has it in hand. */
    public void acknowledge(Instant now) {
        if (state != IncidentState.RECEIVED) {
            throw new RuleViolation("incident.acknowledged", "The incident " + id + " is " + state + " already");
        }
        state = IncidentState.ACKNOWLEDGED;
        acknowledgedAt = now;
    }

    /** A note from either side; the supporter's first note after acknowledging puts the incident in progress. */
    public void noted(boolean bySupporter) {
        requireOpen();
        if (bySupporter && state == IncidentState.ACKNOWLEDGED) {
            state = IncidentState.IN_PROGRESS;
        }
    }

    /** The supporter (or staff) resolves it, saying how. */
    public void resolve(String how, Instant now) {
        requireOpen();
        if (state == IncidentState.RECEIVED) {
            throw new RuleViolation("incident.notAcknowledged", "The incident " + id + " is not acknowledged yet");
        }
        this.resolution = Texts.required(how, "incident", "resolution", MAX_TEXT);
        this.state = IncidentState.RESOLVED;
        this.resolvedAt = now;
    }

    public void requireOpen() {
        if (state == IncidentState.RESOLVED) {
            throw new RuleViolation("incident.resolved", "The incident " + id + " is resolved");
        }
    }

    /** Whether the institution reported it or supports it. */
    public boolean involves(long institutionId) {
        return institution.getId() == institutionId || (supporter != null && supporter.getId() == institutionId);
    }

    public boolean isSupportedBy(long institutionId) {
        return supporter != null && supporter.getId() == institutionId;
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Institution getSupporter() {
        return supporter;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getSystemsAffected() {
        return systemsAffected;
    }

    public boolean isCareDisrupted() {
        return careDisrupted;
    }

    public String getContact() {
        return contact;
    }

    public IncidentState getState() {
        return state;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }
}
