package jp.medsec.it;

import jakarta.ejb.EJB;
import jp.medsec.peercheck.CycleStatus;
import jp.medsec.peercheck.PeerCheckPlans;
import jp.medsec.peercheck.PlanView;
import jp.medsec.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff plan a cycle against MariaDB: pins and changed pairs survive recomputation, last cycle's checker is avoided. */
@ExtendWith(ArquillianExtension.class)
class PeerCheckPlanIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("peer-check-plan-it", PeerCheckPlanIT.class, AsStaff.class);
    }

    @EJB
    private PeerCheckPlans plans;

    @EJB
    private AsStaff asStaff;

    private PlanView compute(int year) throws Exception {
        PlanView plan = asStaff.call(() -> plans.compute(year));
        assertKept(plan);
        return plan;
    }

    /** The hard rules a plan view shows: each participant checked once, by another, no reciprocity, capacity kept. */
    private static void assertKept(PlanView plan) {
        Map<Long, Long> checkerOf = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, PlanView.Member> members = new HashMap<>();
        plan.participants().forEach(m -> members.put(m.institutionId(), m));
        for (PlanView.Pair p : plan.pairs()) {
            assertNotEquals(p.checkedId(), p.checkerId());
            assertTrue(members.containsKey(p.checkedId()) && members.containsKey(p.checkerId()), "participants: " + p);
            assertEquals(null, checkerOf.put(p.checkedId(), p.checkerId()));
            load.merge(p.checkerId(), 1, Integer::sum);
            String group = members.get(p.checkerId()).corporateGroup();
            assertFalse(group != null && group.equals(members.get(p.checkedId()).corporateGroup()), "group: " + p);
        }
        assertEquals(members.keySet(), checkerOf.keySet());
        checkerOf.forEach((d, r) -> assertNotEquals(d, checkerOf.get(r), "reciprocal " + d + " " + r));
        load.forEach((r, n) -> assertTrue(n <= members.get(r).capacity()));
    }

    private static long checkerOf(PlanView plan, long checkedId) {
        return plan.pairs().stream().filter(p -> p.checkedId() == checkedId).findFirst().orElseThrow().checkerId();
    }

    @Test
    void aChangedPairAndAPinnedPairStayWhenTheRestIsRecomputedThenThePlanIsPublished() throws Exception {
        PlanView plan = compute(2051);
        PlanView.Pair changed = plan.pairs().get(0);
        PlanView.Member checked = plan.participants().stream().filter(m -> m.institutionId() == changed.checkedId())
                .findFirst().orElseThrow();
        // Another checker: not itself, not the current one, not the one it checks, not of its corporate group.
        long checkedByIt = plan.pairs().stream().filter(p -> p.checkerId() == changed.checkedId()).findFirst()
                .orElseThrow().checkedId();
        PlanView.Member other = plan.participants().stream().filter(m -> m.institutionId() != changed.checkedId()
                        && m.institutionId() != changed.checkerId() && m.institutionId() != checkedByIt
                        && (m.corporateGroup() == null || !Objects.equals(m.corporateGroup(), checked.corporateGroup())))
                .findFirst().orElseThrow();
        asStaff.call(() -> {
            plans.change(2051, changed.checkedId(), other.institutionId());
            return null;
        });
        PlanView.Pair pinned = plan.pairs().get(plan.pairs().size() - 1);
        asStaff.call(() -> {
            plans.pin(2051, pinned.checkedId(), true);
            return null;
        });
        PlanView stale = asStaff.call(() -> plans.plan(2051)).orElseThrow();
        assertFalse(stale.current(), "a changed pair leaves the plan to be computed again");
        RuleViolation notComputed = assertThrows(RuleViolation.class, () -> asStaff.call(() -> plans.publish(2051)));
        assertEquals("peercheck.notComputed", notComputed.code());

        PlanView again = compute(2051);
        assertEquals(other.institutionId(), checkerOf(again, changed.checkedId()), "the changed pair stays");
        assertEquals(pinned.checkerId(), checkerOf(again, pinned.checkedId()), "the pinned pair stays");
        assertTrue(again.pairs().stream().filter(p -> p.checkedId() == changed.checkedId() || p.checkedId() == pinned.checkedId())
                .allMatch(PlanView.Pair::pinned));

        PlanView published = asStaff.call(() -> plans.publish(2051));
        assertEquals(CycleStatus.PUBLISHED, published.status());
        RuleViolation late = assertThrows(RuleViolation.class, () -> asStaff.call(() -> plans.compute(2051)));
        assertEquals("peercheck.published", late.code());
        assertThrows(RuleViolation.class, () -> asStaff.call(() -> {
            plans.pin(2051, pinned.checkedId(), false);
            return null;
        }));
    }

    @Test
    void nobodyHasTheCheckerOfThePreviousFiscalYearsCycle() throws Exception {
        PlanView last = compute(2052);
        asStaff.call(() -> plans.publish(2052));
        PlanView next = compute(2053);
        Set<Long> same = new HashSet<>();
        for (PlanView.Pair p : next.pairs()) {
            if (checkerOf(last, p.checkedId()) == p.checkerId()) {
                same.add(p.checkedId());
            }
        }
        assertEquals(Set.of(), same, "checked again by last cycle's checker");
    }

    @Test
    void aCheckerTheRulesExcludeIsRefusedAndAnExcludedInstitutionLeavesThePlan() throws Exception {
        PlanView plan = compute(2054);
        PlanView.Pair pair = plan.pairs().get(1);
        asStaff.call(() -> plans.declareConflict(2054, pair.checkedId(), pair.checkerId(), "同一理事長"));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> asStaff.call(() -> {
            plans.change(2054, pair.checkedId(), pair.checkerId());
            return null;
        }));
        assertEquals("peercheck.pairRefused", refused.code());
        assertTrue(refused.getMessage().contains("conflict"), refused.getMessage());
        RuleViolation twice = assertThrows(RuleViolation.class, () -> asStaff.call(() ->
                plans.declareConflict(2054, pair.checkerId(), pair.checkedId(), "again")));
        assertEquals("peercheck.conflictKnown", twice.code());

        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class, () -> asStaff.call(() -> {
            plans.exclude(2054, pair.checkedId(), " ");
            return null;
        }));
        assertTrue(noReason.getMessage().startsWith("reason"), noReason.getMessage());
        asStaff.call(() -> {
            plans.exclude(2054, pair.checkedId(), "今年度は指定取消し予定");
            return null;
        });
        PlanView without = compute(2054);
        assertTrue(without.pairs().stream().noneMatch(p -> p.checkedId() == pair.checkedId()
                || p.checkerId() == pair.checkedId()), "an excluded institution neither checks nor is checked");
        assertEquals("今年度は指定取消し予定", without.members().stream().filter(m -> m.institutionId() == pair.checkedId())
                .findFirst().orElseThrow().excludedReason());
    }
}
