package jp.medsec.peercheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cycle's plan as staff and the API see it: its settings, every LEADING institution of the cycle (those excluded
 * with their reason) and the pairs, sorted by the checked institution's code.
 *
 * @param computedAt when the pairs were last computed; null when something changed since (the plan is to be
 *                   computed again before it is published)
 */
public record PlanView(int fiscalYear, CycleStatus status, TravelPreference travelPreference, LocalDate conflictsDue,
                       LocalDate checksDue, Instant computedAt, Instant publishedAt, List<Member> members,
                       List<Pair> pairs) {

    /** A LEADING institution of the cycle; {@code excludedReason} is null for one that takes part. */
    public record Member(long institutionId, String institutionCode, String name, String prefecture,
                         String prefectureJa, String prefectureEn, String corporateGroup, int capacity,
                         String excludedReason) {

        public boolean takesPart() {
            return excludedReason == null;
        }
    }

    public record Pair(long id, long checkedId, String checkedCode, String checkedName, long checkerId,
                       String checkerCode, String checkerName, BigDecimal distanceKm, long cost, boolean pinned,
                       LocalDate proposedVisitOn, LocalDate visitOn) {

        /** The pair as the plan stores it. */
        public static Pair of(PeerCheck p) {
            return new Pair(p.getId(), p.getChecked().getId(), p.getChecked().getInstitutionCode(),
                    p.getChecked().getName(), p.getChecker().getId(), p.getChecker().getInstitutionCode(),
                    p.getChecker().getName(), p.getDistanceKm(), p.getCost(), p.isPinned(), p.getProposedVisitOn(),
                    p.getVisitOn());
        }

        /** Where the check stands on {@code today}. */
        public Stage stage(LocalDate today) {
            if (visitOn != null) {
                return visitOn.isBefore(today) ? Stage.VISITED : Stage.SCHEDULED;
            }
            return proposedVisitOn != null ? Stage.PROPOSED : Stage.NO_DATE;
        }

        /**
         * A check without an agreed visit when there is no longer room for one by the cycle's deadline (the proposal
         * needs 30 days' notice): it is overdue.
         */
        public boolean overdue(LocalDate today, LocalDate checksDue) {
            return visitOn == null && today.plusDays(PeerCheck.MIN_NOTICE_DAYS).isAfter(checksDue);
        }
    }

    /** The stage of a published check. */
    public enum Stage {
        NO_DATE,
        PROPOSED,
        SCHEDULED,
        VISITED
    }

    /** How many checks are at each stage on {@code today}. */
    public java.util.Map<Stage, Long> stages(LocalDate today) {
        java.util.Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0L);
        }
        pairs.forEach(p -> counts.merge(p.stage(today), 1L, Long::sum));
        return counts;
    }

    /** A declared conflict of interest between two institutions of the cycle. */
    public record ConflictLine(long id, String firstCode, String firstName, String secondCode, String secondName,
                               String reason, String declaredBy, java.time.Instant declaredAt) {

        public static ConflictLine of(DeclaredConflict d) {
            return new ConflictLine(d.getId(), d.getFirst().getInstitutionCode(), d.getFirst().getName(),
                    d.getSecond().getInstitutionCode(), d.getSecond().getName(), d.getReason(), d.getDeclaredBy(),
                    d.getDeclaredAt());
        }
    }

    public List<Member> participants() {
        return members.stream().filter(Member::takesPart).toList();
    }

    public BigDecimal totalDistanceKm() {
        return pairs.stream().map(Pair::distanceKm).reduce(new BigDecimal("0.0"), BigDecimal::add);
    }

    /** Whether the pairs are as last computed (a change since leaves it to be computed again). */
    public boolean current() {
        return computedAt != null;
    }
}
