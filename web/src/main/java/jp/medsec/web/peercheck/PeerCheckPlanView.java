package jp.medsec.web.peercheck;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.peercheck.Alternative;
import jp.medsec.peercheck.PeerCheckPlans;
import jp.medsec.peercheck.PlanView;
import jp.medsec.peercheck.TravelPreference;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cycle of a fiscal year for staff ({@code /staff/peer-checks.xhtml?year=}): open it, set participants, record
 * conflicts, compute, pin or change pairs, see why an alternative was not chosen, publish.
 */
@Named
@ViewScoped
public class PeerCheckPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PeerCheckPlans plans;

    @Inject
    private Messages messages;

    private Integer year;
    private transient PlanView plan;
    private transient List<PlanView.ConflictLine> conflicts;

    private TravelPreference travelPreference = TravelPreference.NEAR;
    private LocalDate conflictsDue;
    private LocalDate checksDue;

    private Long newChecker;
    private final Map<Long, String> exclusionReason = new HashMap<>();
    private Long conflictFirst;
    private Long conflictSecond;
    private String conflictReason;

    private Long alternativesOf;
    private transient List<Alternative> alternatives;

    /** The year of the page (the current fiscal year unless the address names one). */
    public void load() {
        if (year == null) {
            year = jp.medsec.certification.CertificationCycle.fiscalYearOf(JapaneseDates.today());
        }
        plan = plans.plan(year).orElse(null);
        conflicts = plan == null ? List.of() : plans.conflictLines(year);
        if (plan == null) {
            conflictsDue = LocalDate.of(year, 5, 31);
            checksDue = LocalDate.of(year + 1, 3, 31);
        } else {
            travelPreference = plan.travelPreference();
            conflictsDue = plan.conflictsDue();
            checksDue = plan.checksDue();
        }
    }

    public void open() {
        act(() -> plans.open(year, travelPreference, conflictsDue, checksDue), "peerchecks.opened");
    }

    public void settle() {
        act(() -> plans.settle(year, travelPreference, conflictsDue, checksDue), "peerchecks.settled");
    }

    public void compute() {
        act(() -> plans.compute(year), "peerchecks.computed");
    }

    public void publish() {
        act(() -> plans.publish(year), "peerchecks.publishedDone");
    }

    public void pin(PlanView.Pair pair) {
        act(() -> plans.pin(year, pair.checkedId(), !pair.pinned()), pair.pinned() ? "peerchecks.unpinned" : "peerchecks.pinnedDone");
    }

    /** Staff give the pair shown in the detail panel the checker they chose. */
    public void change() {
        if (alternativesOf == null || newChecker == null) {
            FacesMessages.error(messages.get("peerchecks.chooseChecker"));
            return;
        }
        Long checked = alternativesOf;
        Long checker = newChecker;
        if (act(() -> plans.change(year, checked, checker), "peerchecks.changed")) {
            newChecker = null;
        }
    }

    /** The pair shown in the detail panel. */
    public PlanView.Pair getSelected() {
        return plan == null || alternativesOf == null ? null : plan.pairs().stream()
                .filter(p -> p.checkedId() == alternativesOf).findFirst().orElse(null);
    }

    public void capacity(PlanView.Member member, int checks) {
        act(() -> plans.allowChecks(year, member.institutionId(), checks), "peerchecks.capacitySaved");
    }

    public void exclude(PlanView.Member member) {
        act(() -> plans.exclude(year, member.institutionId(), exclusionReason.get(member.institutionId())),
                "peerchecks.excludedDone");
    }

    public void include(PlanView.Member member) {
        act(() -> plans.include(year, member.institutionId()), "peerchecks.includedDone");
    }

    public void declareConflict() {
        if (conflictFirst == null || conflictSecond == null) {
            FacesMessages.error(messages.get("peerchecks.conflictChoose"));
            return;
        }
        if (act(() -> plans.declareConflict(year, conflictFirst, conflictSecond, conflictReason), "peerchecks.conflictSaved")) {
            conflictFirst = null;
            conflictSecond = null;
            conflictReason = null;
        }
    }

    public void showAlternatives(PlanView.Pair pair) {
        alternativesOf = pair.checkedId();
        alternatives = plans.alternatives(year, pair.checkedId());
    }

    /** The English reason of an alternative in the page's words. */
    public String reason(Alternative alternative) {
        if (!alternative.excludedBy().isEmpty()) {
            return String.join("、", alternative.excludedBy().stream().map(r -> messages.get("hardRule." + r.name())).toList());
        }
        return alternative.costlierByKm() == null ? messages.get("peerchecks.longerChain")
                : messages.format("peerchecks.costlier", alternative.costlierByKm());
    }

    private boolean act(Runnable action, String doneKey) {
        boolean done = FacesMessages.attempt(action, messages.get(doneKey));
        load();
        if (alternativesOf != null && plan != null && plan.pairs().stream().anyMatch(p -> p.checkedId() == alternativesOf)) {
            alternatives = plans.alternatives(year, alternativesOf);
        }
        return done;
    }

    public PlanView getPlan() {
        return plan;
    }

    public List<PlanView.ConflictLine> getConflicts() {
        return conflicts;
    }

    public boolean isDraft() {
        return plan != null && plan.status() == jp.medsec.peercheck.CycleStatus.DRAFT;
    }

    /** Today in Japan, for the stage of each published check. */
    public LocalDate getToday() {
        return JapaneseDates.today();
    }

    public PlanView.Stage[] getStages() {
        return PlanView.Stage.values();
    }

    public long countAt(PlanView.Stage stage) {
        return plan == null ? 0 : plan.stages(getToday()).get(stage);
    }

    /** The share of the cycle's checks at the stage, in whole percent, for the stage bar. */
    public long stageBar(PlanView.Stage stage) {
        long all = plan == null ? 0 : plan.pairs().size();
        return all == 0 ? 0 : Math.round(100.0 * countAt(stage) / all);
    }

    public long countOverdue() {
        return plan == null ? 0 : plan.pairs().stream().filter(p -> p.overdue(getToday(), plan.checksDue())).count();
    }

    public long countWithCapacity(int capacity) {
        return plan == null ? 0 : plan.participants().stream().filter(m -> m.capacity() == capacity).count();
    }

    /** "code name" of a member of the cycle. */
    public String nameOfCode(String institutionCode) {
        return plan == null ? institutionCode : plan.members().stream().filter(m -> m.institutionCode().equals(institutionCode))
                .map(m -> m.institutionCode() + " " + m.name()).findFirst().orElse(institutionCode);
    }

    public TravelPreference[] getTravelPreferences() {
        return TravelPreference.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public TravelPreference getTravelPreference() {
        return travelPreference;
    }

    public void setTravelPreference(TravelPreference travelPreference) {
        this.travelPreference = travelPreference;
    }

    public LocalDate getConflictsDue() {
        return conflictsDue;
    }

    public void setConflictsDue(LocalDate conflictsDue) {
        this.conflictsDue = conflictsDue;
    }

    public LocalDate getChecksDue() {
        return checksDue;
    }

    public void setChecksDue(LocalDate checksDue) {
        this.checksDue = checksDue;
    }

    public Long getNewChecker() {
        return newChecker;
    }

    public void setNewChecker(Long newChecker) {
        this.newChecker = newChecker;
    }

    public Map<Long, String> getExclusionReason() {
        return exclusionReason;
    }

    public Long getConflictFirst() {
        return conflictFirst;
    }

    public void setConflictFirst(Long conflictFirst) {
        this.conflictFirst = conflictFirst;
    }

    public Long getConflictSecond() {
        return conflictSecond;
    }

    public void setConflictSecond(Long conflictSecond) {
        this.conflictSecond = conflictSecond;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }

    public Long getAlternativesOf() {
        return alternativesOf;
    }

    public List<Alternative> getAlternatives() {
        return alternatives;
    }
}
