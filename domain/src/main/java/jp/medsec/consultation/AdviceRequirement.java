package jp.medsec.consultation;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;

/**
 * The tier requirement "advises ASSISTED hospitals' Group C personnel on security when needed" (L-17) judged from the
 * consultations of the audit day's fiscal year and the one before: MET when the hospital answered at least one,
 * PARTIAL when questions were asked of it and none is answered yet; with none asked the system cannot judge whether it
 * is able to (a person answers).
 */
public final class AdviceRequirement {

    public static final String CODE = "ADVISES_ASSISTED";

    private AdviceRequirement() {
    }

    /**
     * @param asked    the questions asked of the hospital in the two fiscal years
     * @param answered how many of them it answered
     */
    public static Verdict judge(int fiscalYear, long asked, long answered) {
        String years = (fiscalYear - 1) + "・" + fiscalYear + "年度";
        String yearsEn = "FY" + (fiscalYear - 1) + "–FY" + fiscalYear;
        if (asked == 0) {
            return new Verdict(null, years + "に他施設の助けを借りる医療機関からの相談の記録がないため判定できません。",
                    "No question from an assisted institution is recorded for " + yearsEn + ", so this cannot be judged.");
        }
        AuditStatus status = answered > 0 ? AuditStatus.MET : AuditStatus.PARTIAL;
        return new Verdict(status, years + "：相談 " + asked + " 件のうち " + answered + " 件に回答。",
                yearsEn + ": answered " + answered + " of " + asked + " questions.");
    }
}
