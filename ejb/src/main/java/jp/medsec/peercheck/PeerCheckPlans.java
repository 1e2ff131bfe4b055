package jp.medsec.peercheck;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Staff plan a fiscal year's cycle of mutual checks (DESIGN.md section 4, API.md "Mutual security checks"): open it
 * over the LEADING institutions, set who makes how many checks or is excluded, compute the pairing, pin or change a
 * pair and recompute the rest, publish. Any change but a pin leaves the plan to be computed again before publishing,
 * so a published plan always holds every hard rule.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class PeerCheckPlans {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private PairingSolver solver;

    @Inject
    private PeerCheckCycles cycles;

    @Inject
    private InstitutionAccess access;

    /** Opens the cycle of the fiscal year over every LEADING institution; a year already opened is refused (409). */
    public PlanView open(int fiscalYear, @NotNull TravelPreference travelPreference, @NotNull LocalDate conflictsDue,
                         @NotNull LocalDate checksDue) {
        if (cycles.find(fiscalYear).isPresent()) {
            throw new RuleViolation("peercheck.opened", "The cycle of fiscal year " + fiscalYear + " is already open",
                    fiscalYear);
        }
        Cycle cycle = new Cycle(fiscalYear, travelPreference, conflictsDue, checksDue, access.callerName(), Instant.now());
        enrol(cycle);
        return view(cycle);
    }

    /** The cycle's plan as it stands, if the year has a cycle. */
    public Optional<PlanView> plan(int fiscalYear) {
        return cycles.find(fiscalYear).map(this::view);
    }

    /**
     * Computes (or recomputes) the draft pairing: pinned pairs stay, the rest is solved again. A year without a cycle
     * is opened with the usual settings first.
     *
     * @throws Infeasible when no pairing keeps the hard rules (422, naming the institution)
     */
    public PlanView compute(int fiscalYear) {
        Cycle cycle = cycles.find(fiscalYear).orElseGet(() -> enrol(Cycle.withDefaults(fiscalYear, access.callerName(),
                Instant.now())));
        cycle.requireDraft();
        List<CycleParticipant> participants = cycles.taking(cycle);
        Map<String, Institution> byCode = participants.stream().map(CycleParticipant::getInstitution)
                .collect(Collectors.toMap(Institution::getInstitutionCode, i -> i));
        Map<String, PeerCheck> pairs = new HashMap<>();
        for (PeerCheck pair : cycles.pairs(cycle)) {
            if (byCode.containsKey(pair.getChecked().getInstitutionCode())
                    && byCode.containsKey(pair.getChecker().getInstitutionCode())) {
                pairs.put(pair.getChecked().getInstitutionCode(), pair);
            } else {
                em.remove(pair);
            }
        }
        // Deleted before the new pairs are inserted (a flush would insert first), so that the checked one's unique key
        // is free again.
        em.flush();
        List<Pin> pins = pairs.values().stream().filter(PeerCheck::isPinned).map(PeerCheck::asPin).toList();
        Pairing pairing = solver.solve(cycles.problem(cycle, participants, pins));
        for (Assignment a : pairing.assignments()) {
            PeerCheck pair = pairs.get(a.checked());
            Institution checker = byCode.get(a.checker());
            if (pair == null) {
                em.persist(new PeerCheck(cycle, byCode.get(a.checked()), checker, a.distanceKm(), a.cost()));
            } else if (!pair.isPinned()) {
                pair.assign(checker, a.distanceKm(), a.cost());
            }
        }
        em.flush();
        cycle.computed(Instant.now());
        return view(cycle);
    }

    /** Changes the cycle's travel preference and deadlines while it is a draft. */
    public void settle(int fiscalYear, @NotNull TravelPreference travelPreference, @NotNull LocalDate conflictsDue,
                       @NotNull LocalDate checksDue) {
        Cycle cycle = cycles.existing(fiscalYear);
        cycle.settle(travelPreference, conflictsDue, checksDue);
        cycle.computed(null);
    }

    /** How many checks the institution makes: 0 (checked only), 1, or 2 where counts are uneven. */
    public void allowChecks(int fiscalYear, long institutionId, int checks) {
        CycleParticipant participant = cycles.participant(fiscalYear, institutionId);
        participant.allowChecks(checks);
        participant.getCycle().computed(null);
    }

    /** Leaves the institution out of the cycle, for the reason given. */
    public void exclude(int fiscalYear, long institutionId, String reason) {
        CycleParticipant participant = cycles.participant(fiscalYear, institutionId);
        participant.exclude(reason);
        participant.getCycle().computed(null);
    }

    public void include(int fiscalYear, long institutionId) {
        CycleParticipant participant = cycles.participant(fiscalYear, institutionId);
        participant.include();
        participant.getCycle().computed(null);
    }

    /** Pins (or unpins) the pair of the checked institution: a recomputation keeps a pinned pair. */
    public void pin(int fiscalYear, long checkedId, boolean pinned) {
        cycles.pair(fiscalYear, checkedId).pin(pinned);
    }

    /**
     * Staff choose the checker of a pair themselves; the pair is pinned and the rest is to be recomputed. A checker the
     * pair's own rules exclude (itself, same corporate group, a declared conflict, last cycle's checker) is refused.
     */
    public void change(int fiscalYear, long checkedId, long checkerId) {
        PeerCheck pair = cycles.pair(fiscalYear, checkedId);
        Cycle cycle = pair.getCycle();
        List<CycleParticipant> taking = cycles.taking(cycle);
        CycleParticipant checker = taking.stream().filter(p -> p.getInstitution().getId() == checkerId)
                .findFirst().orElseThrow(() -> new InputRejected("peercheck.notParticipant",
                        "checker: institution " + checkerId + " does not take part in the cycle", checkerId));
        PairingProblem problem = cycles.problem(cycle, taking, List.of());
        Participant checked = cycles.participantOf(problem, pair.getChecked());
        List<HardRule> broken = cycles.pairRules(problem, checker.asParticipant(), checked);
        if (!broken.isEmpty()) {
            throw new RuleViolation("peercheck.pairRefused", checker.getInstitution().getInstitutionCode() + " cannot check "
                    + pair.getChecked().getInstitutionCode() + ": " + broken.stream().map(HardRule::words)
                    .collect(Collectors.joining(", ")), checker.getInstitution().getName(), pair.getChecked().getName());
        }
        Participant solverChecker = checker.asParticipant();
        pair.assign(checker.getInstitution(), cycles.distance(solverChecker, checked), 0);
        pair.pin(true);
        cycle.computed(null);
    }

    /** Why the pair's checked institution did not get one of the obvious other checkers. */
    public List<Alternative> alternatives(int fiscalYear, long checkedId) {
        PeerCheck pair = cycles.pair(fiscalYear, checkedId);
        Cycle cycle = pair.getCycle();
        List<PeerCheck> all = cycles.pairs(cycle);
        PairingProblem problem = cycles.problem(cycle, cycles.taking(cycle), List.of());
        List<Assignment> assignments = all.stream().map(p -> new Assignment(p.getChecked().getInstitutionCode(),
                p.getChecker().getInstitutionCode(), p.getDistanceKm(), p.isPinned(), p.getCost())).toList();
        Pairing pairing = new Pairing(cycle.getTravelPreference(), assignments, assignments.stream()
                .map(Assignment::distanceKm).reduce(new BigDecimal("0.0"), BigDecimal::add), 0);
        return solver.alternatives(problem, pairing, pair.getChecked().getInstitutionCode());
    }

    /** Publishes the computed plan: its pairs become the year's checks. A plan changed since computing is refused. */
    public PlanView publish(int fiscalYear) {
        Cycle cycle = cycles.existing(fiscalYear);
        cycle.publish(access.callerName(), Instant.now());
        return view(cycle);
    }

    /** Closes a published cycle at the end of its year: the checkers no longer see its checks. */
    public void close(int fiscalYear) {
        Cycle cycle = cycles.existing(fiscalYear);
        Instant now = Instant.now();
        cycle.close(now);
        for (PeerCheck pair : cycles.pairs(cycle)) {
            if (pair.getAudit() != null) {
                pair.getAudit().endAuditorAccess(now);
            }
        }
    }

    /** The declared conflicts of interest of the cycle. */
    public List<DeclaredConflict> conflicts(int fiscalYear) {
        return cycles.conflicts(cycles.existing(fiscalYear));
    }

    /** The declared conflicts as the page lists them. */
    public List<PlanView.ConflictLine> conflictLines(int fiscalYear) {
        return conflicts(fiscalYear).stream().map(PlanView.ConflictLine::of).toList();
    }

    /** Staff record a conflict of interest between two participants. */
    public long declareConflict(int fiscalYear, long institutionId, long otherId, String reason) {
        Cycle cycle = cycles.existing(fiscalYear);
        return cycles.declare(cycle, cycles.participant(fiscalYear, institutionId).getInstitution(),
                cycles.participant(fiscalYear, otherId).getInstitution(), reason, access.callerName());
    }

    // ------------------------------------------------------------------ internals

    private Cycle enrol(Cycle cycle) {
        em.persist(cycle);
        for (Institution institution : em.createQuery("select i from Institution i join fetch i.prefecture "
                + "where i.tier = :t order by i.institutionCode", Institution.class)
                .setParameter("t", InstitutionTier.LEADING).getResultList()) {
            em.persist(new CycleParticipant(cycle, institution));
        }
        return cycle;
    }

    private PlanView view(Cycle cycle) {
        List<PlanView.Member> members = new ArrayList<>();
        for (CycleParticipant p : cycles.all(cycle)) {
            Institution i = p.getInstitution();
            members.add(new PlanView.Member(i.getId(), i.getInstitutionCode(), i.getName(),
                    String.format("%02d", i.getPrefecture().getCode()), i.getPrefecture().getNameJa(),
                    i.getPrefecture().getNameEn(), i.getCorporateGroup(), p.getCapacity(),
                    p.getExcludedReason()));
        }
        List<PeerCheck> checks = cycles.pairs(cycle);
        java.util.Map<Long, CheckView.Progress> progress = cycle.isDraft() ? java.util.Map.of() : cycles.progress(checks);
        List<PlanView.Pair> pairs = checks.stream().map(p -> PlanView.Pair.of(p,
                progress.getOrDefault(p.getId(), CheckView.Progress.NONE))).toList();
        return new PlanView(cycle.getFiscalYear(), cycle.getStatus(), cycle.getTravelPreference(), cycle.getConflictsDue(),
                cycle.getChecksDue(), cycle.getComputedAt(), cycle.getPublishedAt(), members, pairs);
    }

    /**
     * Every check an institution takes part in, as checker and as checked, newest year first: the pairs of published
     * and closed cycles and its security checks (declined requests too), each with its steps and how far it has come.
     */
    public List<CheckView> checksOf(long institutionId) {
        java.time.LocalDate today = jp.medsec.shared.JapaneseDates.today();
        List<PeerCheck> checks = em.createQuery("select p from PeerCheck p left join fetch p.cycle c "
                        + "join fetch p.checked join fetch p.checker left join fetch p.audit "
                        + "where (p.checked.id = :i or p.checker.id = :i) and (c.status <> :draft or p.kind = :security) "
                        + "order by p.fiscalYear desc, p.kind, p.id", PeerCheck.class)
                .setParameter("i", institutionId).setParameter("draft", CycleStatus.DRAFT)
                .setParameter("security", CheckKind.SECURITY).getResultList();
        java.util.Map<Long, CheckView.Progress> progress = cycles.progress(checks);
        return checks.stream().map(p -> CheckView.of(p, p.sideOf(institutionId).orElseThrow(), today,
                progress.getOrDefault(p.getId(), CheckView.Progress.NONE))).toList();
    }
}
