package jp.medsec.peercheck;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The timeline of the checks a hospital takes part in (DESIGN.md section 4): either side proposes the site-visit date,
 * the other confirms it; the checking hospital names its team. An officer sees the checks of its own hospital only: as
 * the checker while the cycle is published, as the checked one always. Anything else is not found.
 */
@Stateless
@RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
public class PeerCheckTimeline {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private PeerCheckCycles cycles;

    @Inject
    private InstitutionAccess access;

    @Inject
    private PeerCheckAudits audits;

    /** The officer's checks of published and closed cycles, newest year first. */
    public List<CheckView> mine() {
        long own = access.ownInstitutionId();
        LocalDate today = JapaneseDates.today();
        List<PeerCheck> checks = em.createQuery("select p from PeerCheck p left join fetch p.cycle c "
                        + "join fetch p.checked join fetch p.checker left join fetch p.audit where "
                        + "(p.kind = :mutual and (p.checked.id = :i or (p.checker.id = :i and c.status = :published)) "
                        + "and c.status <> :draft) or (p.kind = :security and (p.checked.id = :i or (p.checker.id = :i "
                        + "and p.request.state <> :declined and p.request.closedAt is null))) "
                        + "order by p.fiscalYear desc, p.kind, p.id", PeerCheck.class)
                .setParameter("i", own).setParameter("published", CycleStatus.PUBLISHED)
                .setParameter("draft", CycleStatus.DRAFT).setParameter("mutual", CheckKind.MUTUAL)
                .setParameter("security", CheckKind.SECURITY).setParameter("declined", RequestState.DECLINED)
                .getResultList();
        Map<Long, CheckView.Progress> progress = cycles.progress(checks);
        return checks.stream().map(p -> CheckView.of(p, p.sideOf(own).orElseThrow(), today,
                progress.getOrDefault(p.getId(), CheckView.Progress.NONE))).toList();
    }

    /** Proposes (or moves) the site-visit date of one of the hospital's checks. */
    public CheckView propose(long checkId, LocalDate visitOn) {
        PeerCheck check = own(checkId);
        CheckSide side = check.sideOf(access.ownInstitutionId()).orElseThrow();
        int year = check.getFiscalYear();
        boolean mutual = check.getKind() == CheckKind.MUTUAL;
        check.propose(side, visitOn, JapaneseDates.today(),
                mutual ? cycles.participant(year, check.getChecked().getId()) : null,
                mutual ? cycles.participant(year, check.getChecker().getId()) : null, Instant.now());
        return CheckView.of(check, side, JapaneseDates.today());
    }

    /** Confirms the date the other hospital proposed. */
    public CheckView confirm(long checkId) {
        PeerCheck check = own(checkId);
        CheckSide side = check.sideOf(access.ownInstitutionId()).orElseThrow();
        check.confirm(side, Instant.now());
        if (check.getAudit() == null) {
            // The check is carried out on an audit of the checked hospital, from the day its visit is agreed.
            check.startedAs(em.find(jp.medsec.audit.Audit.class, audits.start(check)));
        }
        return CheckView.of(check, side, JapaneseDates.today());
    }

    /** The checking hospital names its team (one person a line, the leader first). */
    public void nameTeam(long checkId, String names) {
        PeerCheck check = own(checkId);
        if (check.sideOf(access.ownInstitutionId()).orElseThrow() != CheckSide.CHECKER) {
            throw new RuleViolation("peercheck.teamOfChecker", "The checking hospital names the checking team");
        }
        check.nameTeam(names);
    }

    /** The path of the hospital's calendar feed, with its secret (made on first use). */
    public String calendarPath() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        return "/api/v1/institutions/" + own.getInstitutionCode() + "/calendar.ics?token=" + own.calendarToken();
    }

    /** A new calendar secret: subscriptions with the old link stop. */
    public String renewCalendar() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        own.renewCalendarToken();
        return calendarPath();
    }

    private PeerCheck own(long checkId) {
        long institution = access.ownInstitutionId();
        PeerCheck check = em.createQuery("select p from PeerCheck p left join fetch p.cycle join fetch p.checked "
                + "join fetch p.checker where p.id = :id", PeerCheck.class).setParameter("id", checkId)
                .getResultStream().findFirst().orElse(null);
        if (check == null || !visibleTo(check, institution)) {
            throw new NotFound("There is no check " + checkId);
        }
        return check;
    }

    /**
     * Whether the institution sees the check: the checked hospital always (once a cycle is published, or from its own
     * request); the checker while the check is open (a published cycle, an accepted security check not closed) and a
     * security check's request it has not yet answered.
     */
    static boolean visibleTo(PeerCheck check, long institution) {
        CheckSide side = check.sideOf(institution).orElse(null);
        if (side == null) {
            return false;
        }
        if (check.getKind() == CheckKind.MUTUAL) {
            return !check.getCycle().isDraft() && (side == CheckSide.CHECKED || check.isOpen());
        }
        return side == CheckSide.CHECKED || check.isOpen() || check.getRequestState() == RequestState.REQUESTED;
    }
}
