package jp.medsec.audit;

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
import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One requirement within an audit: the system's suggestion and its reason (for requirements it can judge), the
 * answer given, a note and the day the answer holds from.
 */
@Entity
@Table(name = "audit_item")
@Audited
public class AuditItem implements java.io.Serializable {

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private Audit audit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_item_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CatalogueItem requirement;

    @Enumerated(EnumType.STRING)
    private AuditStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_status")
    private AuditStatus suggestedStatus;

    @Column(name = "reason_ja")
    private String reasonJa;

    @Column(name = "reason_en")
    private String reasonEn;

    private String note;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected AuditItem() {
    }

    AuditItem(Audit audit, CatalogueItem requirement) {
        this.audit = audit;
        this.requirement = requirement;
    }

    /** The system's verdict for a requirement it can judge: suggested, and taken as the answer until someone answers. */
    public void prefill(Verdict verdict, LocalDate today) {
        this.suggestedStatus = verdict.status();
        this.reasonJa = verdict.reasonJa();
        this.reasonEn = verdict.reasonEn();
        if (answeredBy == null && verdict.status() != null) {
            this.status = verdict.status();
            this.effectiveDate = today;
        }
    }

    /** A person's answer. Answers whether it now calls for a finding. */
    public boolean answer(AuditStatus status, String note, LocalDate effectiveDate, String by, Instant now) {
        Objects.requireNonNull(status, "Status is required");
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("The note may be at most " + MAX_NOTE + " characters");
        }
        if (audit.isCompleted()) {
            throw new jp.medsec.shared.RuleViolation("audit.completed", "The audit is completed: its answers are final");
        }
        this.status = status;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.effectiveDate = Objects.requireNonNull(effectiveDate, "The effective date is required");
        this.answeredBy = Objects.requireNonNull(by, "Who answers is required");
        this.answeredAt = now;
        return status.opensFinding();
    }

    public Long getId() {
        return id;
    }

    public Audit getAudit() {
        return audit;
    }

    public CatalogueItem getRequirement() {
        return requirement;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public AuditStatus getSuggestedStatus() {
        return suggestedStatus;
    }

    public String getReasonJa() {
        return reasonJa;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getVersion() {
        return version;
    }
}
