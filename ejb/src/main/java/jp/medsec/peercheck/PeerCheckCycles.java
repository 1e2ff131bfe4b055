package jp.medsec.peercheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The cycles' data as the plan's services read it: a cycle by fiscal year, its participants, pairs and conflicts, and
 * the pairing problem they make (with the previous fiscal year's pairs as "last cycle").
 */
@ApplicationScoped
public class PeerCheckCycles {

    private static final PrefectureOffices OFFICES = PrefectureOffices.load();

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public Optional<Cycle> find(int fiscalYear) {
        return em.createQuery("select c from Cycle c where c.fiscalYear = :y", Cycle.class).setParameter("y", fiscalYear)
                .getResultStream().findFirst();
    }

    /** The cycle of the year; a year without one is not found (404). */
    public Cycle existing(int fiscalYear) {
        return find(fiscalYear).orElseThrow(() -> new NotFound("There is no cycle of fiscal year " + fiscalYear));
    }

    /** Every LEADING institution of the cycle, excluded ones too, by institution code. */
    public List<CycleParticipant> all(Cycle cycle) {
        return em.createQuery("select p from CycleParticipant p join fetch p.institution i join fetch i.prefecture "
                + "where p.cycle = :c order by i.institutionCode", CycleParticipant.class).setParameter("c", cycle)
                .getResultList();
    }

    /** The participants that take part (not excluded). */
    public List<CycleParticipant> taking(Cycle cycle) {
        return all(cycle).stream().filter(CycleParticipant::takesPart).toList();
    }

    public CycleParticipant participant(int fiscalYear, long institutionId) {
        return em.createQuery("select p from CycleParticipant p join fetch p.institution i join fetch i.prefecture "
                        + "join fetch p.cycle c where c.fiscalYear = :y and i.id = :i", CycleParticipant.class)
                .setParameter("y", fiscalYear).setParameter("i", institutionId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("Institution " + institutionId + " is not in the cycle of fiscal year "
                        + fiscalYear));
    }

    /** The pairs of the cycle, by the checked institution's code. */
    public List<PeerCheck> pairs(Cycle cycle) {
        return em.createQuery("select p from PeerCheck p join fetch p.checked d join fetch d.prefecture "
                + "join fetch p.checker r join fetch r.prefecture where p.cycle = :c order by d.institutionCode",
                PeerCheck.class).setParameter("c", cycle).getResultList();
    }

    public PeerCheck pair(int fiscalYear, long checkedId) {
        return em.createQuery("select p from PeerCheck p join fetch p.cycle c join fetch p.checked d "
                        + "join fetch d.prefecture join fetch p.checker where c.fiscalYear = :y and d.id = :i",
                        PeerCheck.class).setParameter("y", fiscalYear).setParameter("i", checkedId).getResultStream()
                .findFirst().orElseThrow(() -> new NotFound("Institution " + checkedId + " has no pair in fiscal year "
                        + fiscalYear));
    }

    public List<DeclaredConflict> conflicts(Cycle cycle) {
        return em.createQuery("select d from DeclaredConflict d join fetch d.first join fetch d.second "
                + "where d.cycle = :c order by d.first.institutionCode, d.second.institutionCode", DeclaredConflict.class)
                .setParameter("c", cycle).getResultList();
    }

    /** Records a conflict of interest; the same two declared twice in one cycle is refused. */
    public long declare(Cycle cycle, Institution one, Institution other, String reason, String by) {
        DeclaredConflict conflict = new DeclaredConflict(cycle, one, other, reason, by, Instant.now());
        boolean known = conflicts(cycle).stream().anyMatch(d -> d.involves(one.getId()) && d.involves(other.getId()));
        if (known) {
            throw new RuleViolation("peercheck.conflictKnown", "A conflict of interest between " + one.getName()
                    + " and " + other.getName() + " is already declared", one.getName(), other.getName());
        }
        em.persist(conflict);
        cycle.computed(null);
        return conflict.getId();
    }

    /** The pairing problem of the cycle over the given participants, keeping the given pins. */
    public PairingProblem problem(Cycle cycle, List<CycleParticipant> participants, List<Pin> pins) {
        List<Participant> solverParticipants = participants.stream().map(CycleParticipant::asParticipant).toList();
        Set<String> codes = solverParticipants.stream().map(Participant::institutionCode).collect(Collectors.toSet());
        Set<Conflict> conflicts = conflicts(cycle).stream().map(DeclaredConflict::asConflict)
                .filter(c -> codes.contains(c.first()) && codes.contains(c.second())).collect(Collectors.toSet());
        Map<String, String> previous = new TreeMap<>();
        find(cycle.getFiscalYear() - 1).filter(c -> !c.isDraft()).ifPresent(last -> pairs(last).forEach(p -> {
            String checked = p.getChecked().getInstitutionCode();
            String checker = p.getChecker().getInstitutionCode();
            if (codes.contains(checked) && codes.contains(checker)) {
                previous.put(checked, checker);
            }
        }));
        return new PairingProblem(solverParticipants, conflicts, previous, new ArrayList<>(pins),
                cycle.getTravelPreference());
    }

    public Participant participantOf(PairingProblem problem, Institution institution) {
        return problem.participants().stream().filter(p -> p.institutionCode().equals(institution.getInstitutionCode()))
                .findFirst().orElseThrow(() -> new NotFound(institution.getName() + " does not take part in the cycle"));
    }

    /** The hard rules that exclude {@code checker} from checking {@code checked}, whatever the rest of the plan. */
    public List<HardRule> pairRules(PairingProblem problem, Participant checker, Participant checked) {
        List<HardRule> broken = new ArrayList<>();
        if (checker.institutionCode().equals(checked.institutionCode())) {
            broken.add(HardRule.SELF);
        }
        if (checker.sameCorporateGroupAs(checked)) {
            broken.add(HardRule.SAME_CORPORATE_GROUP);
        }
        if (!broken.contains(HardRule.SELF) && problem.inConflict(checker.institutionCode(), checked.institutionCode())) {
            broken.add(HardRule.CONFLICT_OF_INTEREST);
        }
        if (checker.institutionCode().equals(problem.previousCheckers().get(checked.institutionCode()))) {
            broken.add(HardRule.LAST_CYCLE_CHECKER);
        }
        if (checker.capacity() == 0) {
            broken.add(HardRule.CAPACITY);
        }
        return broken;
    }

    public BigDecimal distance(Participant one, Participant other) {
        return OFFICES.km(one.prefecture(), other.prefecture());
    }

    /** The distance between two institutions' prefectural offices (0 inside one prefecture). */
    public BigDecimal distance(Institution one, Institution other) {
        return OFFICES.km(String.format("%02d", one.getPrefecture().getCode()),
                String.format("%02d", other.getPrefecture().getCode()));
    }

    /** How far each check's audit has come, by check id (checks without an audit are left out): two grouped counts. */
    public Map<Long, CheckView.Progress> progress(List<PeerCheck> checks) {
        Map<Long, PeerCheck> byAudit = checks.stream().filter(c -> c.getAudit() != null)
                .collect(Collectors.toMap(c -> c.getAudit().getId(), c -> c));
        if (byAudit.isEmpty()) {
            return Map.of();
        }
        Set<Long> withEvidence = Set.copyOf(em.createQuery("select distinct e.item.audit.id from AuditEvidence e "
                + "where e.item.audit.id in :ids", Long.class).setParameter("ids", byAudit.keySet()).getResultList());
        Map<Long, Object[]> findings = em.createQuery("select f.audit.id, "
                        + "sum(case when f.state in :outstanding then 1 else 0 end), "
                        + "sum(case when f.state <> :verified then 1 else 0 end) from Finding f "
                        + "where f.audit.id in :ids group by f.audit.id", Object[].class)
                .setParameter("outstanding", jp.medsec.audit.FindingState.OUTSTANDING)
                .setParameter("verified", jp.medsec.audit.FindingState.VERIFIED)
                .setParameter("ids", byAudit.keySet()).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        Map<Long, CheckView.Progress> progress = new TreeMap<>();
        byAudit.forEach((auditId, check) -> {
            Object[] counts = findings.get(auditId);
            long outstanding = counts == null ? 0 : ((Number) counts[1]).longValue();
            long unverified = counts == null ? 0 : ((Number) counts[2]).longValue();
            progress.put(check.getId(), new CheckView.Progress(withEvidence.contains(auditId),
                    check.getAudit().isCompleted(), outstanding == 0, unverified == 0));
        });
        return progress;
    }
}
