package jp.medsec.peercheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.institution.Institution;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Instant;
import java.util.Objects;

/**
 * A conflict of interest declared in a cycle between two institutions (by an officer of one of them, or by staff):
 * neither checks the other. Kept once per pair, the lower id first.
 */
@Entity
@Table(name = "peer_check_conflict")
@Audited
public class DeclaredConflict {

    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", updatable = false)
    private Cycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution first;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution second;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "declared_by", nullable = false, updatable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected DeclaredConflict() {
    }

    public DeclaredConflict(Cycle cycle, Institution one, Institution other, String reason, String declaredBy,
                            Instant declaredAt) {
        cycle.requireDraft();
        if (Objects.equals(one.getId(), other.getId())) {
            throw new IllegalArgumentException("other: a conflict of interest is between two different institutions");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say what the conflict of interest is");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters");
        }
        boolean ordered = one.getId() < other.getId();
        this.cycle = cycle;
        this.first = ordered ? one : other;
        this.second = ordered ? other : one;
        this.reason = reason.strip();
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public Conflict asConflict() {
        return new Conflict(first.getInstitutionCode(), second.getInstitutionCode(), reason);
    }

    public boolean involves(long institutionId) {
        return first.getId() == institutionId || second.getId() == institutionId;
    }

    public Long getId() {
        return id;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public Institution getFirst() {
        return first;
    }

    public Institution getSecond() {
        return second;
    }

    public String getReason() {
        return reason;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
