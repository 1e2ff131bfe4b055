package jp.medsec.certification;

import jp.medsec.geo.Prefecture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revocation, reinstatement, renewal, deferral and the renewal window, on the entity. */
class CertificationLifecycleTest {

    private final CertificationRule rule = new CertificationRule(CertificationType.HIT, LocalDate.of(2001, 4, 1), 50, true,
            5, 11, 11, MonthDay.of(4, 5), 10_000);
    private final LocalDate inWindow = LocalDate.of(2026, 11, 21);

    /** HIT passed in 2021: cycle 2021-11-01 – 2026-03-31, renewed once: 2026-04-01 – 2031-03-31. Passed 2017: ends 2027-03-31. */
    private Certification hit(int passYear) {
        Holder holder = new Holder(new PersonName("山田", "太郎", "ヤマダ", "タロウ"), new Prefecture(13, "東京都", "Tokyo", "KANTO"));
        return holder.certify(CertificationType.HIT, CertificateNumber.of(CertificationType.HIT, 1),
                rule.cycleAfter(rule.firstCycleAfterPassing(passYear)));
    }

    @Test
    void revocationNeedsAReasonAndReinstatementRecomputesTheStatus() {
        Certification c = hit(2017); // current cycle 2022-04-01 – 2027-03-31
        assertThrows(IllegalArgumentException.class, () -> c.revoke(" "));
        c.revoke("不正受験が判明したため");
        assertEquals(CertificationStatus.REVOKED, c.getStatus());
        assertThrows(IllegalStateException.class, () -> c.revoke("again"));
        c.reinstate(rule, inWindow);
        assertEquals(CertificationStatus.RENEWAL_DUE, c.getStatus());
        assertNull(c.getStatusReason());
        assertThrows(IllegalStateException.class, () -> c.reinstate(rule, inWindow));
    }

    @Test
    void renewalStartsTheNextCycleAndKeepsTheFirstCertifiedDate() {
        Certification c = hit(2017);
        LocalDate first = c.getFirstCertifiedOn();
        c.renew(rule);
        assertEquals(LocalDate.of(2027, 4, 1), c.getValidFrom());
        assertEquals(LocalDate.of(2032, 3, 31), c.getValidUntil());
        assertEquals(CertificationStatus.ACTIVE, c.getStatus());
        assertEquals(first, c.getFirstCertifiedOn());
    }

    @Test
    void aDeferralMovesTheEnd() {
        Certification c = hit(2017);
        c.defer(rule, 1, "育児休業");
        assertEquals(LocalDate.of(2028, 3, 31), c.getValidUntil());
        assertEquals(CertificationStatus.DEFERRED, c.getStatus());
        assertThrows(IllegalArgumentException.class, () -> c.defer(rule, 4, "x"));
    }

    @Test
    void theWindowOpensOnTheFirstOfNovember() {
        Certification c = hit(2017);
        assertFalse(c.enterRenewalWindow(rule, LocalDate.of(2026, 10, 31)));
        assertTrue(c.enterRenewalWindow(rule, LocalDate.of(2026, 11, 1)));
        assertEquals(CertificationStatus.RENEWAL_DUE, c.getStatus());
        assertEquals(CertificationStatus.EXPIRED, c.statusOn(rule, LocalDate.of(2027, 4, 1)));
    }

    @Test
    void applicationsOnlyInsideTheWindowAndApprovalOnlyWithFeeAndTranscript() {
        Certification c = hit(2017);
        assertThrows(IllegalStateException.class,
                () -> new RenewalApplication(c, rule, LocalDate.of(2026, 10, 1), 50, null, Instant.now()));
        RenewalApplication application = new RenewalApplication(c, rule, inWindow, 52, LocalDate.of(2025, 6, 1), Instant.now());
        assertThrows(IllegalStateException.class, () -> application.approve(rule, true, "staff", Instant.now()), "no fee yet");
        assertThrows(IllegalArgumentException.class, () -> application.recordFee(inWindow, 5_000, rule.getRenewalFeeYen()));
        application.recordFee(inWindow, 10_000, rule.getRenewalFeeYen());
        assertThrows(IllegalStateException.class, () -> application.approve(rule, false, "staff", Instant.now()));
        application.approve(rule, true, "staff", Instant.now());
        assertEquals(RenewalState.APPROVED, application.getState());
        assertEquals(LocalDate.of(2032, 3, 31), c.getValidUntil());
        assertThrows(IllegalStateException.class, () -> application.returnWithReasons("late", "staff", Instant.now()));
    }

    @Test
    void aReturnNeedsReasons() {
        RenewalApplication application = new RenewalApplication(hit(2017), rule, inWindow, 20, null, Instant.now());
        assertThrows(IllegalArgumentException.class, () -> application.returnWithReasons(" ", "staff", Instant.now()));
        application.returnWithReasons("ポイントが30不足しています", "staff", Instant.now());
        assertEquals(RenewalState.RETURNED, application.getState());
    }

    @Test
    void expiredOrRevokedCertificationsCannotBeRenewedOrDeferred() {
        Certification c = hit(2017);
        c.expire("期限切れ");
        assertThrows(IllegalStateException.class, () -> new RenewalApplication(c, rule, inWindow, 50, null, Instant.now()));
        assertThrows(IllegalStateException.class,
                () -> new DeferralRequest(c, DeferralRequest.Reason.SICKNESS, "", 1, Instant.now()));
    }
}
