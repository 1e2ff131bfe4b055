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
import jp.medsec.institution.Institution;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.Month;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A LEADING institution in a cycle: how many checks it makes (1; 0 "checked only"; 2 where counts are uneven), or
 * excluded with a reason, and the months it cannot host a visit or send a team.
 */
@Entity
@Table(name = "peer_check_participant")
@Audited
public class CycleParticipant {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id", updatable = false)
    private Cycle cycle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    @Column(nullable = false)
    private int capacity = 1;

    @Column(name = "excluded_reason", length = MAX_REASON)
    private String excludedReason;

    /** Months (bit 0 = April … bit 11 = March) the hospital cannot receive a visit. */
    @Column(name = "cannot_host_months", nullable = false)
    private int cannotHostMonths;

    /** Months it cannot send a checking team. */
    @Column(name = "cannot_visit_months", nullable = false)
    private int cannotVisitMonths;

    protected CycleParticipant() {
    }

    public CycleParticipant(Cycle cycle, Institution institution) {
        this.cycle = Objects.requireNonNull(cycle);
        this.institution = Objects.requireNonNull(institution);
    }

    public void allowChecks(int checks) {
        cycle.requireDraft();
        if (checks < 0 || checks > Participant.MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity: must be 0 (checked only), 1 or 2, was " + checks);
        }
        this.capacity = checks;
    }

    public void exclude(String reason) {
        cycle.requireDraft();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why the institution is excluded from the cycle");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters");
        }
        this.excludedReason = reason.strip();
    }

    public void include() {
        cycle.requireDraft();
        this.excludedReason = null;
    }

    /** The months it cannot host a visit and cannot send a team; an officer says so until the plan is published. */
    public void unavailable(Set<Month> cannotHost, Set<Month> cannotVisit) {
        cycle.requireDraft();
        this.cannotHostMonths = bits(cannotHost);
        this.cannotVisitMonths = bits(cannotVisit);
    }

    public boolean takesPart() {
        return excludedReason == null;
    }

    /** The participant as the solver sees it. */
    public Participant asParticipant() {
        return new Participant(institution.getInstitutionCode(),
                String.format("%02d", institution.getPrefecture().getCode()), institution.getCorporateGroup(), capacity);
    }

    public Set<Month> getCannotHost() {
        return months(cannotHostMonths);
    }

    public Set<Month> getCannotVisit() {
        return months(cannotVisitMonths);
    }

    private static int bits(Set<Month> months) {
        int bits = 0;
        for (Month m : months == null ? Set.<Month>of() : months) {
            bits |= 1 << fiscalIndex(m);
        }
        return bits;
    }

    private static Set<Month> months(int bits) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (Month m : Month.values()) {
            if ((bits & (1 << fiscalIndex(m))) != 0) {
                months.add(m);
            }
        }
        return months;
    }

    /** April 0 … March 11. */
    private static int fiscalIndex(Month m) {
        return (m.getValue() + 8) % 12;
    }

    public Long getId() {
        return id;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public Institution getInstitution() {
        return institution;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getExcludedReason() {
        return excludedReason;
    }
}
