package jp.medsec.audit;

/**
 * What a catalogue is: a tier's requirement list (seed 002 section 1), or one of the MHLW cyber-security checklist's
 * forms for a fiscal year (医療機関確認用, 事業者確認用).
 */
public enum Framework {
    TIER, MHLW_INSTITUTION, MHLW_VENDOR
}
