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

    /**
     * A pair of the plan; once published, the check with its visit dates and how far its audit has come.
     *
     * @param progress how far the check's audit has come ({@link CheckView.Progress#NONE} before it starts)
     */
    public record Pair(long id, long checkedId, String checkedCode, String checkedName, long checkerId,
                       String checkerCode, String checkerName, BigDecimal distanceKm, long cost, boolean pinned,
                       LocalDate proposedVisitOn, LocalDate visitOn, CheckView.Progress progress) {

        /** The pair as the plan stores it. */
        public static Pair of(PeerCheck p) {
            return of(p, CheckView.Progress.NONE);
        }

        public static Pair of(PeerCheck p, CheckView.Progress progress) {
            return new Pair(p.getId(), p.getChecked().getId(), p.getChecked().getInstitutionCode(),
                    p.getChecked().getName(), p.getChecker().getId(), p.getChecker().getInstitutionCode(),
                    p.getChecker().getName(), p.getDistanceKm(), p.getCost(), p.isPinned(), p.getProposedVisitOn(),
                    p.getVisitOn(), progress);
        }

        /** Where the check stands on {@code today}: its dates, then its report and re-check. */
        public Stage stage(LocalDate today) {
            if (visitOn != null) {
                if (progress.reported()) {
                    return progress.verified() ? Stage.RECHECKED : Stage.REPORTED;
                }
                return visitOn.isBefore(today) ? Stage.VISITED : Stage.SCHEDULED;
            }
            return proposedVisitOn != null ? Stage.PROPOSED : Stage.NO_DATE;
        }

        /**
         * A check is overdue when it has no agreed visit and there is no longer room for one by the cycle's deadline
         * (the proposal needs 30 days' notice), or when a step after the agreed visit is past its date and not done
         * (the report, remediation, the re-check).
         */
        public boolean overdue(LocalDate today, LocalDate checksDue) {
            if (visitOn == null) {
                return today.plusDays(PeerCheck.MIN_NOTICE_DAYS).isAfter(checksDue);
            }
            return overdueStep(today) != null;
        }

        /** The first step past its date and not done, or null. */
        public CheckStep overdueStep(LocalDate today) {
            if (visitOn == null) {
                return null;
            }
            boolean visited = !visitOn.isAfter(today);
            for (CheckStep step : CheckStep.values()) {
                if (step.dateFor(visitOn).isBefore(today) && !progress.done(step, true, visited)) {
                    return step;
                }
            }
            return null;
        }
    }

    /** The stage of a published check. */
    public enum Stage {
        NO_DATE,
        PROPOSED,
        SCHEDULED,
        VISITED,
        REPORTED,
        RECHECKED
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
