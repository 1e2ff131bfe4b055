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
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A requirement found NOT_MET or PARTIAL, tracked to closure: severity, owner, due date (three months by default),
 * remediation notes; OPEN → IN_PROGRESS → RESOLVED → VERIFIED (the verifier is not the institution itself), or
 * reopened with a reason.
 */
@Entity
@Table(name = "finding")
@Audited
public class Finding implements java.io.Serializable {

    public static final int DEFAULT_MONTHS = 3;
    public static final int MAX_REMEDIATION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private Audit audit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_item_id")
    private AuditItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingState state;

    private String remediation;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "reopen_reason")
    private String reopenReason;

    protected Finding() {
    }

    /** Opens a finding for an item answered NOT_MET or PARTIAL; due three months from the day it is found. */
    public static Finding open(AuditItem item, String owner, LocalDate today, Instant now) {
        if (item.getStatus() == null || !item.getStatus().opensFinding()) {
            throw new IllegalArgumentException("Only a NOT_MET or PARTIAL item opens a finding");
        }
        Finding f = new Finding();
        f.audit = item.getAudit();
        f.item = item;
        f.severity = item.getStatus() == AuditStatus.NOT_MET ? Severity.HIGH : Severity.MEDIUM;
        f.owner = owner == null || owner.isBlank() ? "—" : owner.strip();
        f.dueDate = today.plusMonths(DEFAULT_MONTHS);
        f.state = FindingState.OPEN;
        f.openedAt = now;
        return f;
    }

    // What may happen next: the page asks these instead of repeating the state machine.

    /** Severity, owner and due date may change until the finding is verified (closed). */
    public boolean canPlan() {
        return state != FindingState.VERIFIED;
    }

    public boolean canStartWork() {
        return state == FindingState.OPEN;
    }

    public boolean canResolve() {
        return state.isOutstanding();
    }

    /** The re-check, by someone other than the institution. */
    public boolean canVerify() {
        return state == FindingState.RESOLVED;
    }

    public boolean canReopen() {
        return !state.isOutstanding();
    }

    /** Severity, owner and due date as the institution plans the remediation. */
    public void plan(Severity severity, String owner, LocalDate dueDate) {
        requireNotClosed();
        this.severity = Objects.requireNonNull(severity, "Severity is required");
        if (owner == null || owner.isBlank() || owner.strip().length() > 100) {
            throw new RuleViolation("finding.owner", "An owner of 1 to 100 characters is required");
        }
        this.owner = owner.strip();
        this.dueDate = Objects.requireNonNull(dueDate, "The due date is required");
    }

    public void startWork(String notes) {
        if (!canStartWork()) {
            throw new RuleViolation("finding.state", "Only an open finding can be started; this one is " + state, state);
        }
        record(notes);
        state = FindingState.IN_PROGRESS;
    }

    /** The institution says it is remediated: notes on what was done are required. */
    public void resolve(String notes, Instant now) {
        if (!canResolve()) {
            throw new RuleViolation("finding.state", "Only an open or in-progress finding can be resolved; this one is " + state, state);
        }
        if (notes == null || notes.isBlank()) {
            throw new RuleViolation("finding.remediationRequired", "Say what was done to remediate the finding");
        }
        record(notes);
        state = FindingState.RESOLVED;
        resolvedAt = now;
    }

    /** Someone other than the institution confirms the remediation (the re-check). */
    public void verify(String by, Instant now) {
        if (!canVerify()) {
            throw new RuleViolation("finding.state", "Only a resolved finding can be verified; this one is " + state, state);
        }
        state = FindingState.VERIFIED;
        verifiedBy = Objects.requireNonNull(by, "Verifier is required");
        verifiedAt = now;
    }

    public void reopen(String reason) {
        if (!canReopen()) {
            throw new RuleViolation("finding.state", "The finding is still " + state, state);
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new RuleViolation("finding.reopenReason", "Give the reason for reopening (at most 1000 characters)");
        }
        reopenReason = reason.strip();
        state = FindingState.OPEN;
        resolvedAt = null;
        verifiedAt = null;
        verifiedBy = null;
    }

    public boolean isOverdue(LocalDate today) {
        return state.isOutstanding() && dueDate.isBefore(today);
    }

    private void requireNotClosed() {
        if (!canPlan()) {
            throw new RuleViolation("finding.state", "A verified finding is closed; reopen it first", state);
        }
    }

    private void record(String notes) {
        if (notes == null || notes.isBlank()) {
            return;
        }
        String addition = notes.strip();
        String combined = remediation == null ? addition : remediation + "\n" + addition;
        if (combined.length() > MAX_REMEDIATION) {
            throw new IllegalArgumentException("Remediation notes may be at most " + MAX_REMEDIATION + " characters in all");
        }
        remediation = combined;
    }

    public Long getId() {
        return id;
    }

    public Audit getAudit() {
        return audit;
    }

    public AuditItem getItem() {
        return item;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FindingState getState() {
        return state;
    }

    public String getRemediation() {
        return remediation;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public Integer getVersion() {
        return version;
    }
}
