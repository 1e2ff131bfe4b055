package jp.medsec.peercheck;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tier requirements judged from the checks (seed 002 section 1): a LEADING hospital's mutual checks among leading
 * hospitals (L-12) and its security checks of SELF_DEFENDING hospitals (L-16), and a SELF_DEFENDING hospital's
 * undergoing a security check (S-13). Each looks at the fiscal year of the audit's day and the one before.
 *
 * <p>A mutual check is done when its report is completed (the check's audit); the requirement is MET in a year when
 * the hospital's check as checker and its check as checked are both reported. A year still under way is judged only
 * once it is done: until then the last year decides (a cycle whose visits are in the autumn is not short in May).
 * Security checks are MET by one reported in the two years, PARTIAL while one is under way; with none recorded the
 * system cannot judge (a check by a public body or a vendor is not recorded here), and a person answers.
 */
public final class CheckRequirement {

    public static final String MUTUAL_CHECKS = "MUTUAL_CHECKS";
    public static final String SECURITY_CHECKS_CARRIED_OUT = "SECURITY_CHECKS_CARRIED_OUT";
    public static final String SECURITY_CHECK_UNDERGONE = "SECURITY_CHECK_UNDERGONE";

    /**
     * One check the institution takes part in, as the judge needs it.
     *
     * @param visitOn  the confirmed visit date, or null
     * @param reported whether the check's report is completed (its audit)
     * @param accepted whether it is scheduled: a published cycle's pair, or an accepted security check (a security
     *                 check merely requested is not)
     */
    public record Fact(CheckKind kind, CheckSide side, int fiscalYear, String otherName, LocalDate visitOn,
                       boolean reported, boolean accepted) {
    }

    private CheckRequirement() {
    }

    /** L-12: the mutual checks among leading hospitals. */
    public static Verdict mutual(List<Fact> facts, int fiscalYear, LocalDate day) {
        List<Fact> current = of(facts, CheckKind.MUTUAL, null, fiscalYear);
        List<Fact> previous = of(facts, CheckKind.MUTUAL, null, fiscalYear - 1);
        if (!current.isEmpty() && bothReported(current)) {
            return mutualOf(fiscalYear, current, day, null);
        }
        if (!previous.isEmpty()) {
            return mutualOf(fiscalYear - 1, previous, day, current);
        }
        if (!current.isEmpty()) {
            boolean started = current.stream().anyMatch(f -> f.reported() || visited(f, day));
            return new Verdict(started ? AuditStatus.PARTIAL : null,
                    fiscalYear + "年度の相互チェックは実施中です。" + listJa(current, day),
                    "The mutual checks of FY" + fiscalYear + " are under way. " + listEn(current, day));
        }
        return new Verdict(null, fiscalYear - 1 + "・" + fiscalYear + "年度の相互チェックのサイクルに参加していないため判定できません。",
                "The institution took part in no mutual-check cycle of FY" + (fiscalYear - 1) + " or FY" + fiscalYear
                        + ", so this cannot be judged.");
    }

    /** L-16: security checks of SELF_DEFENDING hospitals carried out by the institution. */
    public static Verdict carriedOut(List<Fact> facts, int fiscalYear) {
        List<Fact> checks = of(facts, CheckKind.SECURITY, CheckSide.CHECKER, fiscalYear, fiscalYear - 1).stream()
                .filter(Fact::accepted).toList();
        return security(checks, "セキュリティチェック（実施）", "security checks carried out",
                "自施設防御型の医療機関のセキュリティチェックの実施記録がないため判定できません。",
                "No security check of a self-defending institution by this institution is recorded, so this cannot be "
                        + "judged.", fiscalYear);
    }

    /** S-13: a security check of the institution by a LEADING hospital. */
    public static Verdict undergone(List<Fact> facts, int fiscalYear) {
        List<Fact> checks = of(facts, CheckKind.SECURITY, CheckSide.CHECKED, fiscalYear, fiscalYear - 1);
        return security(checks, "セキュリティチェック（受審）", "security checks undergone",
                "指導的な立場の医療機関によるセキュリティチェックの記録がありません（公的機関・事業者によるチェックは記録されないため、担当者が判定してください）。",
                "No security check by a leading institution is recorded (checks by public bodies or vendors are not "
                        + "recorded here: a person judges them).", fiscalYear);
    }

    private static Verdict security(List<Fact> checks, String whatJa, String whatEn, String noneJa, String noneEn,
                                    int fiscalYear) {
        if (checks.isEmpty()) {
            return new Verdict(null, noneJa, noneEn);
        }
        boolean reported = checks.stream().anyMatch(Fact::reported);
        AuditStatus status = reported ? AuditStatus.MET : AuditStatus.PARTIAL;
        String ja = (fiscalYear - 1) + "・" + fiscalYear + "年度の" + whatJa + "：" + String.join("、", checks.stream()
                .map(f -> f.fiscalYear() + "年度 " + f.otherName() + (f.reported() ? "（報告書完成）"
                        : f.accepted() ? "（実施中" + (f.visitOn() == null ? "" : "、訪問日 " + f.visitOn()) + "）"
                        : "（依頼中）")).toList()) + "。";
        String en = "The " + whatEn + " in FY" + (fiscalYear - 1) + "–FY" + fiscalYear + ": " + String.join("; ",
                checks.stream().map(f -> "FY" + f.fiscalYear() + " " + f.otherName() + (f.reported() ? " (reported)"
                        : f.accepted() ? " (under way" + (f.visitOn() == null ? "" : ", visit " + f.visitOn()) + ")"
                        : " (requested)")).toList()) + ".";
        return new Verdict(status, ja, en);
    }

    private static Verdict mutualOf(int year, List<Fact> judged, LocalDate day, List<Fact> underWay) {
        AuditStatus status = bothReported(judged) ? AuditStatus.MET
                : judged.stream().anyMatch(f -> f.reported() || visited(f, day)) ? AuditStatus.PARTIAL
                : AuditStatus.NOT_MET;
        String ja = year + "年度の相互チェック：" + listJa(judged, day)
                + (underWay == null || underWay.isEmpty() ? "" : " 今年度（" + (year + 1) + "年度）：" + listJa(underWay, day));
        String en = "Mutual checks of FY" + year + ": " + listEn(judged, day)
                + (underWay == null || underWay.isEmpty() ? "" : " This year (FY" + (year + 1) + "): " + listEn(underWay, day));
        return new Verdict(status, ja, en);
    }

    private static boolean bothReported(List<Fact> facts) {
        Predicate<CheckSide> reported = side -> facts.stream().anyMatch(f -> f.side() == side && f.reported());
        return reported.test(CheckSide.CHECKER) && reported.test(CheckSide.CHECKED);
    }

    private static boolean visited(Fact f, LocalDate day) {
        return f.visitOn() != null && !f.visitOn().isAfter(day);
    }

    private static String listJa(List<Fact> facts, LocalDate day) {
        return String.join("、", facts.stream().map(f -> (f.side() == CheckSide.CHECKER ? f.otherName() + " をチェック"
                : f.otherName() + " によるチェック") + "（" + stateJa(f, day) + "）").toList()) + "。";
    }

    private static String listEn(List<Fact> facts, LocalDate day) {
        return String.join("; ", facts.stream().map(f -> (f.side() == CheckSide.CHECKER ? "checking " + f.otherName()
                : "checked by " + f.otherName()) + " (" + stateEn(f, day) + ")").toList()) + ".";
    }

    private static String stateJa(Fact f, LocalDate day) {
        return f.reported() ? "報告書完成" : visited(f, day) ? "訪問済み " + f.visitOn()
                : f.visitOn() != null ? "訪問予定 " + f.visitOn() : "訪問日未確定";
    }

    private static String stateEn(Fact f, LocalDate day) {
        return f.reported() ? "reported" : visited(f, day) ? "visited " + f.visitOn()
                : f.visitOn() != null ? "visit on " + f.visitOn() : "no visit date agreed";
    }

    private static List<Fact> of(List<Fact> facts, CheckKind kind, CheckSide side, int... years) {
        return facts.stream().filter(f -> f.kind() == kind && (side == null || f.side() == side))
                .filter(f -> java.util.Arrays.stream(years).anyMatch(y -> y == f.fiscalYear())).toList();
    }
}
