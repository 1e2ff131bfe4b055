package jp.medsec.peercheck;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A check of one hospital by a LEADING one: {@code checker} checks {@code checked}, on the timeline of DESIGN.md
 * section 4 (a visit date proposed by one side and confirmed by the other, the steps that follow from it) and on an
 * audit of the checked hospital.
 *
 * <p>A {@link CheckKind#MUTUAL} check (相互チェック) is one pair of a cycle's plan. While the cycle is a draft the
 * solver replaces the pairs that are not pinned; staff pin a pair to keep it, or choose the checker themselves (which
 * pins it). Once published, the pair is the check of that year; closing the cycle ends the checker's access.
 *
 * <p>A {@link CheckKind#SECURITY} check (セキュリティチェック) of a SELF_DEFENDING hospital belongs to no cycle: the
 * hospital requests it of a LEADING hospital, which accepts or declines it, or staff assign it (accepted at once). It
 * is scheduled once accepted, and closing it ends the checker's access.
 */
@Entity
@Table(name = "peer_check")
@Audited
public class PeerCheck {

    public static final int MAX_TEAM = 1000;
    /** How far ahead a security check's visit may be proposed at the most (a mistyped year is refused). */
    public static final int MAX_AHEAD_DAYS = 366;
    /** How far ahead a visit is proposed at the least: the document request goes out 30 days before. */
    public static final int MIN_NOTICE_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CheckKind kind;

    /** The mutual check's cycle; null for a security check. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id", updatable = false)
    private Cycle cycle;

    /** The fiscal year the check belongs to: its cycle's, or the year a security check was requested in. */
    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    /** A security check's request and answer; a mutual check's state is null. */
    @Embedded
    private SecurityCheckRequest request = SecurityCheckRequest.none();

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
    @Column(name = "proposed_visit_on")
    private LocalDate proposedVisitOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by_side")
    private CheckSide proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    /** The site-visit date both sides agreed on; null until the other side confirms a proposal. */
    @Column(name = "visit_on")
    private LocalDate visitOn;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** The checking team, named by the checking hospital, its leader first. */
    @Column(length = MAX_TEAM)
    private String team;

    /** Raised on every change of a date or of its confirmation: the calendar feed's SEQUENCE. */
    @Column(nullable = false)
    private int sequence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Audit audit;

    protected PeerCheck() {
    }

    public PeerCheck(Cycle cycle, Institution checked, Institution checker, BigDecimal distanceKm, long cost) {
        cycle.requireDraft();
        this.kind = CheckKind.MUTUAL;
        this.cycle = cycle;
        this.fiscalYear = cycle.getFiscalYear();
        this.checked = Objects.requireNonNull(checked);
        assign(checker, distanceKm, cost);
    }

    private PeerCheck(Institution checked, Institution checker, int fiscalYear, BigDecimal distanceKm,
                      SecurityCheckRequest request) {
        this.kind = CheckKind.SECURITY;
        this.checked = Objects.requireNonNull(checked, "checked");
        this.checker = Objects.requireNonNull(checker, "checker");
        if (checked.getTier() != InstitutionTier.SELF_DEFENDING) {
            throw new RuleViolation("securityCheck.checkedTier", "checked: security checks are of SELF_DEFENDING "
                    + "hospitals; " + checked.getName() + " is " + checked.getTier(), checked.getName());
        }
        if (checker.getTier() != InstitutionTier.LEADING) {
            throw new RuleViolation("securityCheck.checkerTier", "checker: security checks are carried out by LEADING "
                    + "hospitals; " + checker.getName() + " is " + checker.getTier(), checker.getName());
        }
        this.fiscalYear = fiscalYear;
        this.distanceKm = Objects.requireNonNull(distanceKm);
        this.request = request;
    }

    /** A SELF_DEFENDING hospital asks a LEADING one to check it; the LEADING hospital answers. */
    public static PeerCheck requestSecurityCheck(Institution checked, Institution checker, int fiscalYear,
                                                 BigDecimal distanceKm, String note, String by, Instant at) {
        return new PeerCheck(checked, checker, fiscalYear, distanceKm, SecurityCheckRequest.requested(note, by, at));
    }

    /** Staff assign a LEADING hospital to check a SELF_DEFENDING one: accepted from the start. */
    public static PeerCheck assignSecurityCheck(Institution checked, Institution checker, int fiscalYear,
                                                BigDecimal distanceKm, String note, String by, Instant at) {
        return new PeerCheck(checked, checker, fiscalYear, distanceKm, SecurityCheckRequest.assigned(note, by, at));
    }

    /** The LEADING hospital takes the requested check on. */
    public void accept(String note, Instant at) {
        requireSecurity().accept(note, at);
    }

    /** The LEADING hospital declines the requested check, saying why. */
    public void decline(String reason, Instant at) {
        requireSecurity().decline(reason, at);
    }

    /**
     * Closes an accepted security check (after its re-check, or when it will not go on): nothing more is scheduled,
     * and the service ends the checker's access to the audit.
     */
    public void close(Instant at) {
        requireSecurity().close(at);
    }

    /** Whether the check is open: a security check accepted and not closed, or a pair of a published cycle. */
    public boolean isOpen() {
        return kind == CheckKind.MUTUAL ? cycle.getStatus() == CycleStatus.PUBLISHED : request().isOpen();
    }

    private SecurityCheckRequest requireSecurity() {
        if (kind != CheckKind.SECURITY) {
            throw new RuleViolation("securityCheck.notOpen", "A mutual check has no request to answer or close");
        }
        return request();
    }

    /** The request as stored (Hibernate leaves an embedded value null when all its columns are). */
    private SecurityCheckRequest request() {
        return request == null ? SecurityCheckRequest.none() : request;
    }

    /** The solver's (or staff's) checker for the pair. */
    public void assign(Institution checker, BigDecimal distanceKm, long cost) {
        requireMutual();
        cycle.requireDraft();
        if (Objects.equals(checker.getId(), checked.getId())) {
            throw new IllegalArgumentException("checker: nobody checks itself");
        }
        this.checker = checker;
        this.distanceKm = Objects.requireNonNull(distanceKm);
        this.cost = cost;
    }

    public void pin(boolean pinned) {
        requireMutual();
        cycle.requireDraft();
        this.pinned = pinned;
    }

    public void startedAs(Audit audit) {
        this.audit = Objects.requireNonNull(audit);
    }

    /**
     * One side proposes the site-visit date (again, to move it): it must leave the 30 days the document request needs,
     * and fall by the cycle's deadline and not in a month the host cannot host or the checker cannot visit (a mutual
     * check), or within a year (a security check, which has no cycle). A proposal replaces any confirmed date until the
     * other side confirms it.
     *
     * @param host    the checked hospital as a participant of the cycle; null for a security check
     * @param visitor the checking hospital as a participant of the cycle; null for a security check
     */
    public void propose(CheckSide side, LocalDate date, LocalDate today, CycleParticipant host, CycleParticipant visitor,
                        Instant at) {
        requireSchedulable();
        if (date == null) {
            throw new IllegalArgumentException("visitOn: choose the date of the site visit");
        }
        if (date.isBefore(today.plusDays(MIN_NOTICE_DAYS))) {
            throw new jp.medsec.shared.RuleViolation("peercheck.tooSoon", "visitOn: the site visit is proposed at least "
                    + MIN_NOTICE_DAYS + " days ahead (the document request goes out 30 days before), was " + date,
                    date.toString(), today.plusDays(MIN_NOTICE_DAYS).toString());
        }
        if (kind == CheckKind.SECURITY) {
            if (date.isAfter(today.plusDays(MAX_AHEAD_DAYS))) {
                throw new jp.medsec.shared.RuleViolation("securityCheck.tooFar", "visitOn: a security check's visit "
                        + "is proposed at most a year ahead, was " + date, date.toString(),
                        today.plusDays(MAX_AHEAD_DAYS).toString());
            }
        } else if (date.isAfter(cycle.getChecksDue())) {
            throw new jp.medsec.shared.RuleViolation("peercheck.afterDeadline", "visitOn: the checks of fiscal year "
                    + cycle.getFiscalYear() + " are carried out by " + cycle.getChecksDue() + ", was " + date,
                    date.toString(), cycle.getChecksDue().toString());
        }
        if (host != null && host.getCannotHost().contains(date.getMonth())) {
            throw new jp.medsec.shared.RuleViolation("peercheck.cannotHost", "visitOn: " + checked.getName()
                    + " cannot host a visit in " + date.getMonth(), checked.getName(), date.getMonthValue());
        }
        if (visitor != null && visitor.getCannotVisit().contains(date.getMonth())) {
            throw new jp.medsec.shared.RuleViolation("peercheck.cannotVisit", "visitOn: " + checker.getName()
                    + " cannot send a team in " + date.getMonth(), checker.getName(), date.getMonthValue());
        }
        this.proposedVisitOn = date;
        this.proposedBy = side;
        this.proposedAt = at;
        this.visitOn = null;
        this.confirmedAt = null;
        this.sequence++;
    }

    /** The other side confirms the proposed date; the side that proposed it cannot. */
    public void confirm(CheckSide side, Instant at) {
        requireSchedulable();
        if (proposedVisitOn == null || visitOn != null) {
            throw new jp.medsec.shared.RuleViolation("peercheck.nothingToConfirm", "There is no proposed date to confirm");
        }
        if (side == proposedBy) {
            throw new jp.medsec.shared.RuleViolation("peercheck.ownProposal",
                    "The other hospital confirms the date you proposed");
        }
        this.visitOn = proposedVisitOn;
        this.confirmedAt = at;
        this.sequence++;
    }

    /** The checking hospital names its team (one person per line, the leader first). */
    public void nameTeam(String names) {
        requireSchedulable();
        String cleaned = names == null ? "" : names.strip();
        if (cleaned.length() > MAX_TEAM) {
            throw new IllegalArgumentException("team: at most " + MAX_TEAM + " characters");
        }
        this.team = cleaned.isEmpty() ? null : cleaned;
    }

    /** The visit date the steps follow from: the confirmed one, else the one proposed; null before any proposal. */
    public LocalDate plannedVisit() {
        return visitOn != null ? visitOn : proposedVisitOn;
    }

    public boolean isConfirmed() {
        return visitOn != null;
    }

    /** The side of the institution in this check, if it is one of the two. */
    public java.util.Optional<CheckSide> sideOf(long institutionId) {
        if (checker.getId() == institutionId) {
            return java.util.Optional.of(CheckSide.CHECKER);
        }
        return checked.getId() == institutionId ? java.util.Optional.of(CheckSide.CHECKED) : java.util.Optional.empty();
    }

    private void requireMutual() {
        if (kind != CheckKind.MUTUAL) {
            throw new IllegalStateException("A security check is no pair of a plan");
        }
    }

    private void requireSchedulable() {
        if (kind == CheckKind.SECURITY) {
            request().requireSchedulable();
            return;
        }
        if (cycle.getStatus() != CycleStatus.PUBLISHED) {
            throw new jp.medsec.shared.RuleViolation("peercheck.notPublished", "Only a published cycle's checks are "
                    + "scheduled; fiscal year " + cycle.getFiscalYear() + " is " + cycle.getStatus().name().toLowerCase(),
                    cycle.getFiscalYear());
        }
    }

    public LocalDate getProposedVisitOn() {
        return proposedVisitOn;
    }

    public CheckSide getProposedBy() {
        return proposedBy;
    }

    public LocalDate getVisitOn() {
        return visitOn;
    }

    public String getTeam() {
        return team;
    }

    public int getSequence() {
        return sequence;
    }

    public CheckKind getKind() {
        return kind;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public RequestState getRequestState() {
        return request().getState();
    }

    public boolean isAssignedByStaff() {
        return request().isAssignedByStaff();
    }

    public String getRequestNote() {
        return request().getNote();
    }

    public String getRequestedBy() {
        return request().getRequestedBy();
    }

    public Instant getRequestedAt() {
        return request().getRequestedAt();
    }

    public String getAnswerNote() {
        return request().getAnswerNote();
    }

    public Instant getAnsweredAt() {
        return request().getAnsweredAt();
    }

    public Instant getClosedAt() {
        return request().getClosedAt();
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
