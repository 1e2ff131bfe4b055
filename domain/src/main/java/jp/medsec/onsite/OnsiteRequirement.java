package jp.medsec.onsite;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;

/**
 * The tier requirement "is able to accept on-site security trainees from other institutions" (L-15), judged from the
 * hospital's on-site training of the audit day's fiscal year and the one before: MET once a trainee completed one,
 * PARTIAL while places are offered or trainees accepted and none has completed yet; with nothing offered the system
 * cannot judge (a person answers).
 */
public final class OnsiteRequirement {

    public static final String CODE = "ACCEPTS_ONSITE_TRAINEES";

    private OnsiteRequirement() {
    }

    /**
     * @param offered   on-site trainings offered in the two years
     * @param accepted  trainees accepted and not yet completed
     * @param completed trainees who completed
     */
    public static Verdict judge(int fiscalYear, long offered, long accepted, long completed) {
        String years = (fiscalYear - 1) + "・" + fiscalYear + "年度";
        String yearsEn = "FY" + (fiscalYear - 1) + "–FY" + fiscalYear;
        if (offered == 0) {
            return new Verdict(null, years + "に実地研修の受け入れ枠の記録がないため判定できません。",
                    "No on-site training is offered for " + yearsEn + ", so this cannot be judged.");
        }
        AuditStatus status = completed > 0 ? AuditStatus.MET : AuditStatus.PARTIAL;
        return new Verdict(status, years + "：実地研修の受け入れ枠 " + offered + " 件、受け入れ中 " + accepted + " 名、修了 "
                + completed + " 名。", yearsEn + ": " + offered + " on-site training(s) offered, " + accepted
                + " trainee(s) accepted, " + completed + " completed.");
    }
}
