package jp.medsec.meeting;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tier requirements judged from the meetings (seed 002 section 1): a LEADING hospital holds conferences (L-13) and
 * joint drills (L-14) with the other tiers; SELF_DEFENDING and ASSISTED hospitals attend the conferences (S-11, A-07)
 * and join the drills (S-12). How many a year each needs is data ({@code meeting_requirement}), not code.
 *
 * <p>A meeting counts as held for its host once a guest of another tier attended, and for a guest once one of its
 * people attended. The audit day's fiscal year is MET with as many as the rule asks; while it is short, last year
 * decides (a hospital whose conference is in the autumn is not short in May); anything held or booked short of that is
 * PARTIAL. With nothing recorded the system cannot judge: a meeting held elsewhere is not recorded here, and a person
 * answers.
 */
public final class MeetingRequirement {

    /** Whether the requirement is about holding meetings or attending them. */
    public enum Side {
        HOST, GUEST
    }

    /** One requirement's rule: the evaluator code, what kind of meeting, which side, and how many a fiscal year. */
    public record Rule(String code, MeetingKind kind, Side side, int perYear) {
    }

    /**
     * One meeting the institution held or registered for.
     *
     * @param held   attended: by a guest of another tier (host), by one of the institution's people (guest)
     * @param booked not held yet and not called off (a guest: a confirmed place)
     */
    public record Fact(MeetingKind kind, Side side, int fiscalYear, String title, LocalDate day, boolean held,
                       boolean booked) {
    }

    private MeetingRequirement() {
    }

    public static Verdict judge(Rule rule, List<Fact> facts, int fiscalYear) {
        List<Fact> mine = facts.stream().filter(f -> f.kind() == rule.kind() && f.side() == rule.side()).toList();
        List<Fact> heldNow = held(mine, fiscalYear);
        List<Fact> heldBefore = held(mine, fiscalYear - 1);
        List<Fact> booked = mine.stream().filter(f -> f.fiscalYear() == fiscalYear && f.booked()).toList();
        String whatJa = whatJa(rule);
        String whatEn = whatEn(rule);
        String needJa = "（基準：年 " + rule.perYear() + " 回以上）";
        String needEn = " (the rule: at least " + rule.perYear() + " a year)";
        if (heldNow.size() >= rule.perYear()) {
            return new Verdict(AuditStatus.MET, fiscalYear + "年度に" + whatJa + " " + heldNow.size() + " 回" + needJa
                    + "：" + listJa(heldNow), "FY" + fiscalYear + ": " + whatEn + " " + heldNow.size() + needEn + ": "
                    + listEn(heldNow));
        }
        String nowJa = "今年度（" + fiscalYear + "年度）はこれまで " + heldNow.size() + " 回"
                + (booked.isEmpty() ? "" : "、予定 " + booked.size() + " 回（" + listJa(booked) + "）");
        String nowEn = "this year (FY" + fiscalYear + ") " + heldNow.size() + " so far"
                + (booked.isEmpty() ? "" : ", " + booked.size() + " booked (" + listEn(booked) + ")");
        if (heldBefore.size() >= rule.perYear()) {
            return new Verdict(AuditStatus.MET, (fiscalYear - 1) + "年度に" + whatJa + " " + heldBefore.size() + " 回"
                    + needJa + "：" + listJa(heldBefore) + "。" + nowJa + "。", "FY" + (fiscalYear - 1) + ": " + whatEn
                    + " " + heldBefore.size() + needEn + ": " + listEn(heldBefore) + "; " + nowEn + ".");
        }
        if (!heldNow.isEmpty() || !heldBefore.isEmpty() || !booked.isEmpty()) {
            return new Verdict(AuditStatus.PARTIAL, whatJa + "の記録が基準に届きません" + needJa + "。前年度（"
                    + (fiscalYear - 1) + "年度）" + heldBefore.size() + " 回、" + nowJa + "。", whatEn
                    + " falls short" + needEn + ": FY" + (fiscalYear - 1) + " " + heldBefore.size() + ", " + nowEn + ".");
        }
        return new Verdict(null, (fiscalYear - 1) + "・" + fiscalYear + "年度に" + whatJa
                + "の記録がないため判定できません（ここに登録されていない会合は担当者が判定してください）。",
                "No record of " + whatEn + " in FY" + (fiscalYear - 1) + " or FY" + fiscalYear
                        + ", so this cannot be judged (a person judges meetings not recorded here).");
    }

    private static List<Fact> held(List<Fact> facts, int fiscalYear) {
        return facts.stream().filter(f -> f.fiscalYear() == fiscalYear && f.held()).toList();
    }

    private static String whatJa(Rule rule) {
        String kind = rule.kind() == MeetingKind.CONFERENCE ? "カンファレンス" : "サイバー攻撃合同訓練";
        return kind + (rule.side() == Side.HOST ? "を開催" : "に参加");
    }

    private static String whatEn(Rule rule) {
        String kind = rule.kind() == MeetingKind.CONFERENCE ? "conferences" : "joint cyber drills";
        return kind + (rule.side() == Side.HOST ? " held" : " attended");
    }

    private static String listJa(List<Fact> facts) {
        return facts.stream().limit(5).map(f -> f.title() + "（" + f.day() + "）").collect(Collectors.joining("、"))
                + (facts.size() > 5 ? " ほか " + (facts.size() - 5) + " 件" : "");
    }

    private static String listEn(List<Fact> facts) {
        return facts.stream().limit(5).map(f -> f.title() + " (" + f.day() + ")").collect(Collectors.joining("; "))
                + (facts.size() > 5 ? " and " + (facts.size() - 5) + " more" : "");
    }
}
