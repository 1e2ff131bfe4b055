package jp.medsec.institution;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum tier of seed 002 section 1 (API.md "self-check/tier"): 400 beds or more, or an outage that would hurt
 * its region ⇒ SELF_DEFENDING; otherwise on-premises systems ⇒ ASSISTED; otherwise (cloud systems under a proper
 * contract) no tier is required — vendor education still is. LEADING is never a minimum: it is a role taken on.
 *
 * @param minimumTier null when no tier is required
 * @param reasons     why, in Japanese (the seed's words)
 * @param reasonsEn   the same in English
 */
public record TierRecommendation(InstitutionTier minimumTier, List<String> reasons, List<String> reasonsEn) implements java.io.Serializable {

    public static final int BEDS_THRESHOLD = 400;

    public static TierRecommendation of(int beds, boolean regionallyCritical, boolean onPremisesSystems) {
        if (beds < 0) {
            throw new IllegalArgumentException("beds must be 0 or more, was " + beds);
        }
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (beds >= BEDS_THRESHOLD) {
            ja.add("病床数が" + beds + "床（400床以上）のため、情報システム構成が複雑で復旧にも時間を要することが想定され、"
                    + "「自施設の情報システムを守ることができる医療機関」を目指す必要があります。");
            en.add(beds + " beds (400 or more): systems are complex and slow to restore, so the institution must aim to "
                    + "protect its own systems (a self-defending hospital).");
        }
        if (regionallyCritical) {
            ja.add("診療が停止した場合に地域医療に大きな影響が生じる医療機関のため、病床数に関わらず"
                    + "「自施設の情報システムを守ることができる医療機関」を目指す必要があります。");
            en.add("An outage would seriously affect regional care, so whatever its size the institution must aim to "
                    + "protect its own systems (a self-defending hospital).");
        }
        if (!ja.isEmpty()) {
            return new TierRecommendation(InstitutionTier.SELF_DEFENDING, List.copyOf(ja), List.copyOf(en));
        }
        if (onPremisesSystems) {
            return new TierRecommendation(InstitutionTier.ASSISTED,
                    List.of("オンプレミスで医療情報システムサーバーを立てているため、「他施設や事業者の助けを借りて"
                            + "情報システムを守る医療機関」として「Group C 人材」の配置が必要です。"),
                    List.of("On-premises medical information system servers: at least an institution protected with the "
                            + "help of others (an assisted hospital), with Group C personnel."));
        }
        return new TierRecommendation(null,
                List.of("適切な契約のもとクラウド型電子カルテを導入しているため、いずれの区分の対象にもなりません。"
                        + "ただし、導入電子カルテベンダー等から情報セキュリティ教育を受けることは必要です。"),
                List.of("Cloud EHR under a proper contract: no tier is required, but security education from the EHR "
                        + "vendor still is."));
    }
}
