package jp.medsec.institution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TierRecommendationTest {

    @Test
    void fourHundredBedsOrMoreIsSelfDefendingWhateverTheSystems() {
        assertEquals(InstitutionTier.SELF_DEFENDING, TierRecommendation.of(400, false, false).minimumTier());
        assertEquals(InstitutionTier.SELF_DEFENDING, TierRecommendation.of(420, false, true).minimumTier());
        assertEquals(InstitutionTier.ASSISTED, TierRecommendation.of(399, false, true).minimumTier());
    }

    @Test
    void aRegionallyCriticalHospitalIsSelfDefendingWhateverItsSize() {
        TierRecommendation r = TierRecommendation.of(50, true, false);
        assertEquals(InstitutionTier.SELF_DEFENDING, r.minimumTier());
        assertEquals(1, r.reasons().size());
    }

    @Test
    void bothReasonsAreGivenWhenBothHold() {
        assertEquals(2, TierRecommendation.of(600, true, true).reasons().size());
    }

    @Test
    void cloudUnderContractNeedsNoTierAndNegativeBedsAreRefused() {
        TierRecommendation cloud = TierRecommendation.of(120, false, false);
        assertNull(cloud.minimumTier());
        assertEquals(1, cloud.reasons().size());
        assertThrows(IllegalArgumentException.class, () -> TierRecommendation.of(-1, false, true));
    }
}
