package jp.medsec.certification;

import jp.medsec.geo.Prefecture;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HolderTest {

    private final Prefecture tokyo = new Prefecture(13, "東京都", "Tokyo", "KANTO");

    private Holder holder() {
        return new Holder(new PersonName("山田", "太郎", "やまだ", "ﾀﾛｳ"), tokyo);
    }

    @Test
    void readingsAreStoredInFullWidthKatakana() {
        Holder holder = holder();
        assertEquals("ヤマダ タロウ", holder.getFullNameKana());
        assertEquals("山田 太郎", holder.getFullName());
    }

    @Test
    void seniorHitAndMiisNeedACurrentHit() {
        Holder holder = holder();
        CertificationCycle cycle = CertificationCycle.firstAfterPassing(2024);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> holder.certify(CertificationType.SENIOR_HIT, CertificateNumber.of(CertificationType.SENIOR_HIT, 1), cycle));
        assertEquals("SENIOR_HIT requires a current HIT", e.getMessage());
        Certification hit = holder.certify(CertificationType.HIT, CertificateNumber.of(CertificationType.HIT, 1), cycle);
        assertEquals(CertificationStatus.ACTIVE, hit.getStatus());
        Certification miis = holder.certify(CertificationType.MIIS, CertificateNumber.of(CertificationType.MIIS, 1), cycle);
        assertSame(miis, holder.certification(CertificationType.MIIS));
    }

    @Test
    void aTypeIsHeldOnce() {
        Holder holder = holder();
        CertificationCycle cycle = CertificationCycle.firstAfterPassing(2024);
        holder.certify(CertificationType.HIT, CertificateNumber.of(CertificationType.HIT, 1), cycle);
        assertThrows(IllegalStateException.class,
                () -> holder.certify(CertificationType.HIT, CertificateNumber.of(CertificationType.HIT, 2), cycle));
    }

    @Test
    void namesAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> new PersonName(" ", "太郎", "ヤマダ", "タロウ"));
        assertThrows(NullPointerException.class, () -> new PersonName("山田", null, "ヤマダ", "タロウ"));
    }

    @Test
    void searchesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> new HolderSearch("x".repeat(101), null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new HolderSearch(null, null, null, 48));
        assertEquals(null, new HolderSearch("   ", null, null, null).text());
    }
}
