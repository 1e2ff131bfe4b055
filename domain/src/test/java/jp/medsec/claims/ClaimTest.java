package jp.medsec.claims;

import jp.medsec.certification.Holder;
import jp.medsec.certification.PersonName;
import jp.medsec.geo.Prefecture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClaimTest {

    private final LocalDate today = LocalDate.of(2026, 11, 21);
    private final Evidence evidence = Evidence.of("e.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    private final Holder holder = new Holder(new PersonName("山田", "太郎", "ヤマダ", "タロウ"),
            new Prefecture(13, "東京都", "Tokyo", "KANTO"));

    private Claim claim() {
        return new Claim(holder, "LECTURING", 5, LocalDate.of(2026, 6, 1), "講師", evidence, today, Instant.now());
    }

    @Test
    void aClaimIsDecidedOnce() {
        Claim claim = claim();
        claim.reject("staff", "証拠不十分", Instant.now());
        assertEquals(ClaimState.REJECTED, claim.getState());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> claim.approve("other", Instant.now()));
        assertEquals("Claim null was already rejected by staff", e.getMessage());
    }

    @Test
    void rejectingNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> claim().reject("staff", "  ", Instant.now()));
    }

    @Test
    void claimsAreBounded() {
        assertThrows(IllegalArgumentException.class,
                () -> new Claim(holder, "EVENT", 26, today, "x", evidence, today, Instant.now()));
        assertThrows(IllegalArgumentException.class,
                () -> new Claim(holder, "EVENT", 3, today.plusDays(1), "x", evidence, today, Instant.now()));
        assertThrows(IllegalArgumentException.class,
                () -> new Claim(holder, "EVENT", 3, today, " ", evidence, today, Instant.now()));
    }
}
