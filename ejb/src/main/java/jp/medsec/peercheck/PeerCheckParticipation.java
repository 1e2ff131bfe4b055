package jp.medsec.peercheck;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.InputRejected;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A LEADING hospital's officer in a cycle (DESIGN.md section 4): declares conflicts of interest with other participants
 * and the months the hospital cannot host a visit or send a team, while the plan is a draft; once it is published,
 * sees whom the hospital checks and who checks it. Only the officer's own institution is ever concerned.
 */
@Stateless
@RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
public class PeerCheckParticipation {

    @Inject
    private PeerCheckCycles cycles;

    @Inject
    private InstitutionAccess access;

    /** The officer's institution in the cycle of the year. */
    public record Mine(int fiscalYear, CycleStatus status, LocalDate conflictsDue, LocalDate checksDue, int capacity,
                       String excludedReason, Set<Month> cannotHost, Set<Month> cannotVisit,
                       List<PlanView.ConflictLine> conflicts, List<Other> others, List<PlanView.Pair> checkedBy,
                       List<PlanView.Pair> checks) {

        public boolean draft() {
            return status == CycleStatus.DRAFT;
        }
    }

    /** Another participant, whom a conflict may be declared with. */
    public record Other(String institutionCode, String name) {
    }

    /** The institution's part in the year's cycle; empty when there is none or it is not among the participants. */
    public Optional<Mine> mine(int fiscalYear) {
        long own = access.ownInstitutionId();
        Optional<Cycle> cycle = cycles.find(fiscalYear);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        List<CycleParticipant> all = cycles.all(cycle.get());
        Optional<CycleParticipant> me = all.stream().filter(p -> p.getInstitution().getId() == own).findFirst();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        CycleParticipant p = me.get();
        Cycle c = cycle.get();
        List<PlanView.ConflictLine> conflicts = cycles.conflicts(c).stream().filter(d -> d.involves(own))
                .map(PlanView.ConflictLine::of).toList();
        List<Other> others = all.stream().filter(o -> o.getInstitution().getId() != own && o.takesPart())
                .map(o -> new Other(o.getInstitution().getInstitutionCode(), o.getInstitution().getName())).toList();
        List<PlanView.Pair> checkedBy = List.of();
        List<PlanView.Pair> checks = List.of();
        if (!c.isDraft()) {
            List<PlanView.Pair> pairs = cycles.pairs(c).stream().filter(x -> x.getChecked().getId() == own
                    || x.getChecker().getId() == own).map(PlanView.Pair::of).toList();
            checkedBy = pairs.stream().filter(x -> x.checkedId() == own).toList();
            checks = pairs.stream().filter(x -> x.checkerId() == own).toList();
        }
        return Optional.of(new Mine(c.getFiscalYear(), c.getStatus(), c.getConflictsDue(), c.getChecksDue(),
                p.getCapacity(), p.getExcludedReason(), p.getCannotHost(), p.getCannotVisit(), conflicts, others,
                checkedBy, checks));
    }

    /** Declares a conflict of interest between the officer's institution and another participant. */
    public long declareConflict(int fiscalYear, @NotNull String otherInstitutionCode, String reason) {
        CycleParticipant me = cycles.participant(fiscalYear, access.ownInstitutionId());
        CycleParticipant other = cycles.all(me.getCycle()).stream()
                .filter(p -> p.getInstitution().getInstitutionCode().equals(otherInstitutionCode.strip()))
                .findFirst().orElseThrow(() -> new InputRejected("peercheck.notParticipant", "other: "
                        + otherInstitutionCode + " does not take part in the cycle of fiscal year " + fiscalYear,
                        otherInstitutionCode));
        return cycles.declare(me.getCycle(), me.getInstitution(), other.getInstitution(), reason, access.callerName());
    }

    /** The months the officer's institution cannot host a visit and cannot send a team. */
    public void unavailable(int fiscalYear, Set<Month> cannotHost, Set<Month> cannotVisit) {
        cycles.participant(fiscalYear, access.ownInstitutionId()).unavailable(cannotHost, cannotVisit);
    }
}
