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
import jakarta.persistence.Version;
import jp.medsec.audit.Audit;
import jp.medsec.institution.Institution;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One pair of a cycle's plan: {@code checker} checks {@code checked}. While the cycle is a draft the solver replaces
 * the pairs that are not pinned; staff pin a pair to keep it, or choose the checker themselves (which pins it). Once
 * published, the pair is the check of that year, carried out on its audit.
 */
@Entity
@Table(name = "peer_check")
@Audited
public class PeerCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", updatable = false)
    private Cycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checked_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution checked;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checker_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution checker;

    @Column(name = "distance_km", nullable = false, precision = 7, scale = 1)
    private BigDecimal distanceKm;

    /** The solver's cost of the pair under the cycle's travel preference (comparable within one cycle). */
    @Column(nullable = false)
    private long cost;

    @Column(nullable = false)
    private boolean pinned;

    /** The check itself, once the plan is published. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Audit audit;

    protected PeerCheck() {
    }

    public PeerCheck(Cycle cycle, Institution checked, Institution checker, BigDecimal distanceKm, long cost) {
        cycle.requireDraft();
        this.cycle = cycle;
        this.checked = Objects.requireNonNull(checked);
        assign(checker, distanceKm, cost);
    }

    /** The solver's (or staff's) checker for the pair. */
    public void assign(Institution checker, BigDecimal distanceKm, long cost) {
        cycle.requireDraft();
        if (Objects.equals(checker.getId(), checked.getId())) {
            throw new IllegalArgumentException("checker: nobody checks itself");
        }
        this.checker = checker;
        this.distanceKm = Objects.requireNonNull(distanceKm);
        this.cost = cost;
    }

    public void pin(boolean pinned) {
        cycle.requireDraft();
        this.pinned = pinned;
    }

    public void startedAs(Audit audit) {
        this.audit = Objects.requireNonNull(audit);
    }

    public Pin asPin() {
        return new Pin(checker.getInstitutionCode(), checked.getInstitutionCode());
    }

    public Long getId() {
        return id;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public Institution getChecked() {
        return checked;
    }

    public Institution getChecker() {
        return checker;
    }

    public BigDecimal getDistanceKm() {
        return distanceKm;
    }

    public long getCost() {
        return cost;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Audit getAudit() {
        return audit;
    }
}
