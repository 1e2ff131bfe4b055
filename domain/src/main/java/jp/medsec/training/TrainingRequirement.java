package jp.medsec.training;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;

/**
 * The tier requirement "information-security training for all staff at least once a fiscal year" (L-09, S-09, A-05)
 * judged from the training-compliance job's figures: MET when everyone in scope was trained, PARTIAL when some were,
 * NOT_MET when nobody was, with the figures as the reason.
 *
 * <p>A fiscal year still under way is judged only once everyone is trained: until then the last completed fiscal
 * year decides (a hospital holding its 講習会 in the autumn is not short of the requirement in May), and the reason
 * says how far the current year has got.
 */
public final class TrainingRequirement {

    /** The evaluator code the catalogue items name. */
    public static final String CODE = "ALL_STAFF_TRAINED";

    /** One institution's figures for one fiscal year, as the job stored them. */
    public record Figures(int fiscalYear, LocalDate asOf, long inScope, long trained) {

        public boolean complete() {
            return asOf.equals(LocalDate.of(fiscalYear + 1, Month.MARCH, 31));
        }

        public boolean allTrained() {
            return inScope > 0 && trained >= inScope;
        }
    }

    private TrainingRequirement() {
    }

    /**
     * @param current  the figures of the fiscal year of the audit's day, or null before any run for it
     * @param previous the figures of the fiscal year before, or null
     */
    public static Verdict judge(Figures current, Figures previous) {
        if (current != null && (current.allTrained() || current.complete() || previous == null)) {
            return of(current, null);
        }
        if (previous != null) {
            return of(previous, current);
        }
        return new Verdict(null, "研修受講状況の集計（training-compliance ジョブ）の結果がまだないため判定できません。",
                "There are no training-compliance figures yet, so this cannot be judged.");
    }

    private static Verdict of(Figures judged, Figures underWay) {
        if (judged.inScope() == 0) {
            return new Verdict(null, year(judged) + "の" + judged.asOf() + "時点で職員名簿に在職者がいないため判定できません。"
                    + progressJa(underWay), "Nobody on the staff roster was employed on " + judged.asOf() + " (FY"
                    + judged.fiscalYear() + "), so this cannot be judged." + progressEn(underWay));
        }
        AuditStatus status = judged.allTrained() ? AuditStatus.MET
                : judged.trained() == 0 ? AuditStatus.NOT_MET : AuditStatus.PARTIAL;
        long missing = judged.inScope() - judged.trained();
        String ja = year(judged) + "（" + judged.asOf() + "時点）: 対象職員 " + judged.inScope() + " 名のうち "
                + judged.trained() + " 名が受講（" + percent(judged) + "）"
                + (missing == 0 ? "。" : "、未受講 " + missing + " 名。") + progressJa(underWay);
        String en = "FY" + judged.fiscalYear() + " (as of " + judged.asOf() + "): " + judged.trained() + " of "
                + judged.inScope() + " staff in scope trained (" + percent(judged) + ")"
                + (missing == 0 ? "." : ", " + missing + " not trained.") + progressEn(underWay);
        return new Verdict(status, ja, en);
    }

    private static String progressJa(Figures underWay) {
        return underWay == null ? "" : " 今年度（" + year(underWay) + "）は " + underWay.asOf() + " 時点で "
                + underWay.trained() + " / " + underWay.inScope() + " 名が受講済み。";
    }

    private static String progressEn(Figures underWay) {
        return underWay == null ? "" : " This year (FY" + underWay.fiscalYear() + ") so far: " + underWay.trained()
                + " of " + underWay.inScope() + " as of " + underWay.asOf() + ".";
    }

    private static String year(Figures f) {
        return f.fiscalYear() + "年度";
    }

    private static String percent(Figures f) {
        BigDecimal rate = ComplianceRule.rate(f.trained(), f.inScope());
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
