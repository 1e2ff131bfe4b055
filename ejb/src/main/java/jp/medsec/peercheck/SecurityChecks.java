package jp.medsec.peercheck;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Security checks of SELF_DEFENDING hospitals by LEADING ones (DESIGN.md section 4): the hospital asks a LEADING
 * hospital, which accepts or declines; staff may assign one. Once accepted the check follows the timeline of
 * {@link PeerCheckTimeline} and is carried out on an audit of the checked hospital; the checker closes it after the
 * re-check, which ends its access to that audit. A hospital has at most one security check open at a time.
 */
@Stateless
public class SecurityChecks {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private PeerCheckCycles cycles;

    @Inject
    private LeadingHospitals leadingHospitals;

    /** One security check as staff see it. */
    public record Line(long id, int fiscalYear, String checkedCode, String checkedName, String checkerCode,
                       String checkerName, RequestState requestState, boolean assignedByStaff, LocalDate visitOn,
                       LocalDate proposedVisitOn, Long auditId, boolean closed, String requestNote, String answerNote) {
    }

    /** The LEADING hospitals the officer's hospital may ask, nearest first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<LeadingHospitals.Candidate> candidates() {
        return leadingHospitals.nearest(em.find(Institution.class, access.ownInstitutionId()));
    }

    /** Whether the officer's hospital may ask for a security check now: SELF_DEFENDING, with none open. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public boolean mayRequest() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        return own.getTier() == InstitutionTier.SELF_DEFENDING && openCount(own) == 0;
    }

    /** The officer's SELF_DEFENDING hospital asks the LEADING hospital of the code to check it. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long request(String checkerCode, String note) {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        if (own.getTier() != InstitutionTier.SELF_DEFENDING) {
            throw new RuleViolation("securityCheck.checkedTier", "checked: security checks are of SELF_DEFENDING "
                    + "hospitals; " + own.getName() + " is " + own.getTier(), own.getName());
        }
        Institution checker = byCode(checkerCode, "checker");
        return open(PeerCheck.requestSecurityCheck(own, checker, fiscalYearToday(), cycles.distance(own, checker),
                note, access.callerName(), Instant.now()));
    }

    /** Staff assign a LEADING hospital to check a SELF_DEFENDING one: accepted at once. */
    @RolesAllowed(Role.STAFF_NAME)
    public long assign(String checkedCode, String checkerCode, String note) {
        Institution checked = byCode(checkedCode, "checked");
        Institution checker = byCode(checkerCode, "checker");
        return open(PeerCheck.assignSecurityCheck(checked, checker, fiscalYearToday(), cycles.distance(checked, checker),
                note, access.callerName(), Instant.now()));
    }

    /** The checking hospital's officer takes the requested check on. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void accept(long checkId, String note) {
        asChecker(checkId).accept(note, Instant.now());
    }

    /** The checking hospital's officer declines the requested check, saying why. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void decline(long checkId, String reason) {
        asChecker(checkId).decline(reason, Instant.now());
    }

    /** The checking hospital closes the check after its re-check: its access to the check's audit ends. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void close(long checkId) {
        close(asChecker(checkId));
    }

    /** Staff close a security check (one that will not go on). */
    @RolesAllowed(Role.STAFF_NAME)
    public void closeAsStaff(long checkId) {
        close(load(checkId).filter(c -> c.getKind() == CheckKind.SECURITY)
                .orElseThrow(() -> new NotFound("There is no security check " + checkId)));
    }

    /** Every security check, open ones first, newest first. */
    @RolesAllowed(Role.STAFF_NAME)
    public List<Line> all() {
        return em.createQuery("select p from PeerCheck p join fetch p.checked join fetch p.checker "
                        + "left join fetch p.audit where p.kind = :security order by "
                        + "case when p.request.closedAt is null and p.request.state <> :declined then 0 else 1 end, "
                        + "p.fiscalYear desc, p.id desc", PeerCheck.class)
                .setParameter("security", CheckKind.SECURITY).setParameter("declined", RequestState.DECLINED)
                .getResultStream().map(SecurityChecks::line).toList();
    }

    /** The institutions staff may choose between: SELF_DEFENDING ones to be checked, LEADING ones to check. */
    @RolesAllowed(Role.STAFF_NAME)
    public Map<InstitutionTier, List<LeadingHospitals.Candidate>> choices() {
        List<Institution> all = em.createQuery("select i from Institution i join fetch i.prefecture "
                + "where i.tier in :tiers order by i.institutionCode", Institution.class)
                .setParameter("tiers", List.of(InstitutionTier.LEADING, InstitutionTier.SELF_DEFENDING)).getResultList();
        return Map.of(InstitutionTier.LEADING, candidatesOf(all, InstitutionTier.LEADING),
                InstitutionTier.SELF_DEFENDING, candidatesOf(all, InstitutionTier.SELF_DEFENDING));
    }

    private static List<LeadingHospitals.Candidate> candidatesOf(List<Institution> all, InstitutionTier tier) {
        return all.stream().filter(i -> i.getTier() == tier).map(i -> new LeadingHospitals.Candidate(i.getInstitutionCode(), i.getName(),
                i.getPrefecture().getNameJa(), i.getPrefecture().getNameEn(), BigDecimal.ZERO)).toList();
    }

    private static Line line(PeerCheck p) {
        return new Line(p.getId(), p.getFiscalYear(), p.getChecked().getInstitutionCode(), p.getChecked().getName(),
                p.getChecker().getInstitutionCode(), p.getChecker().getName(), p.getRequestState(),
                p.isAssignedByStaff(), p.getVisitOn(), p.getProposedVisitOn(),
                p.getAudit() == null ? null : p.getAudit().getId(), p.getClosedAt() != null, p.getRequestNote(),
                p.getAnswerNote());
    }

    private void close(PeerCheck check) {
        Instant now = Instant.now();
        check.close(now);
        if (check.getAudit() != null) {
            check.getAudit().endAuditorAccess(now);
        }
    }

    private long open(PeerCheck check) {
        // One open security check per hospital: lock the hospital's row so that two requests at once cannot both pass.
        em.createQuery("select i.id from Institution i where i.id = :id").setParameter("id", check.getChecked().getId())
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        if (openCount(check.getChecked()) > 0) {
            throw new RuleViolation("securityCheck.alreadyOpen", check.getChecked().getName()
                    + " already has a security check requested or under way", check.getChecked().getName());
        }
        em.persist(check);
        return check.getId();
    }

    private long openCount(Institution checked) {
        return em.createQuery("select count(p) from PeerCheck p where p.kind = :security and p.checked = :i "
                        + "and p.request.state <> :declined and p.request.closedAt is null", Long.class)
                .setParameter("security", CheckKind.SECURITY).setParameter("i", checked)
                .setParameter("declined", RequestState.DECLINED).getSingleResult();
    }

    private PeerCheck asChecker(long checkId) {
        long own = access.ownInstitutionId();
        return load(checkId).filter(c -> c.getKind() == CheckKind.SECURITY)
                .filter(c -> PeerCheckTimeline.visibleTo(c, own) && c.sideOf(own).orElse(null) == CheckSide.CHECKER)
                .orElseThrow(() -> new NotFound("There is no security check " + checkId));
    }

    private java.util.Optional<PeerCheck> load(long checkId) {
        return em.createQuery("select p from PeerCheck p join fetch p.checked join fetch p.checker "
                + "left join fetch p.audit where p.id = :id", PeerCheck.class).setParameter("id", checkId)
                .getResultStream().findFirst();
    }

    private Institution byCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(field + ": choose a hospital");
        }
        return em.createQuery("select i from Institution i join fetch i.prefecture where i.institutionCode = :c",
                Institution.class).setParameter("c", code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound(field + ": there is no institution " + code));
    }

    private static int fiscalYearToday() {
        return CertificationCycle.fiscalYearOf(JapaneseDates.today());
    }
}
