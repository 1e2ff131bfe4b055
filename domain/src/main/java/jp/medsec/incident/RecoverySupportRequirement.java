package jp.medsec.incident;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;

/**
 * The tier requirement "is able to support system recovery when an incident hits a SELF_DEFENDING or ASSISTED
 * institution" (L-18), judged from the audit day's fiscal year and the one before: MET once the hospital resolved an
 * incident it supported; PARTIAL while it supports institutions (agreements accepted) or works incidents and has
 * resolved none; with neither the system cannot judge (a person answers).
 */
public final class RecoverySupportRequirement {

    public static final String CODE = "SUPPORTS_RECOVERY";

    private RecoverySupportRequirement() {
    }

    public static Verdict judge(int fiscalYear, long supported, long incidents, long resolved) {
        String years = (fiscalYear - 1) + "・" + fiscalYear + "年度";
        String yearsEn = "FY" + (fiscalYear - 1) + "–FY" + fiscalYear;
        if (supported == 0 && incidents == 0) {
            return new Verdict(null, "支援先の医療機関も" + years + "のインシデント相談の記録もないため判定できません。",
                    "No institution is supported and no incident is recorded for " + yearsEn
                            + ", so this cannot be judged.");
        }
        AuditStatus status = resolved > 0 ? AuditStatus.MET : AuditStatus.PARTIAL;
        return new Verdict(status, "支援先 " + supported + " 施設。" + years + "：インシデント相談 " + incidents + " 件のうち "
                + resolved + " 件を解決。", "Supports " + supported + " institution(s). " + yearsEn + ": resolved "
                + resolved + " of " + incidents + " incident(s).");
    }
}
