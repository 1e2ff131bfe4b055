package jp.medsec.institution;

/**
 * The three tiers of seed 002 section 1.
 * <ul>
 * <li>{@code LEADING} 指導的な立場の医療機関</li>
 * <li>{@code SELF_DEFENDING} 自施設の情報システムを守ることができる医療機関</li>
 * <li>{@code ASSISTED} 他施設や事業者の助けを借りて情報システムを守る医療機関</li>
 * </ul>
 */
public enum InstitutionTier {
    LEADING, SELF_DEFENDING, ASSISTED
}
