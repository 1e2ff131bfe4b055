package jp.medsec.organisation;

import jp.medsec.personnel.ManagementMode;
import jp.medsec.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 3: an officer's placement is a proposal until the person consents. */
class SecurityRoleTest {

    private static final Instant NOON = Instant.parse("2026-04-01T03:00:00Z");

    private static SecurityRole proposal() {
        return SecurityRole.proposed(1L, SecurityRoleKind.CISO, 42L, "HIT-00012345", null, ManagementMode.SENNIN,
                LocalDate.of(2026, 4, 1));
    }

    @Test
    void anOfficersPlacementAwaitsThePersonsAnswerAndKeepsTheNumberTyped() {
        SecurityRole role = proposal();
        assertEquals(PlacementConsent.PENDING, role.getConsent());
        assertFalse(role.isConfirmed());
        assertEquals("HIT-00012345", role.getCertificateNumber());
        assertNull(role.getConsentBy());
        assertNull(role.getConsentAt());
    }

    @Test
    void confirmingRecordsWhoAndWhen() {
        SecurityRole role = proposal();
        role.confirmBy("holder-42", NOON);
        assertTrue(role.isConfirmed());
        assertEquals(PlacementConsent.CONFIRMED, role.getConsent());
        assertEquals("holder-42", role.getConsentBy());
        assertEquals(NOON, role.getConsentAt());
    }

    @Test
    void decliningLeavesItUncounted() {
        SecurityRole role = proposal();
        role.declineBy("holder-42", NOON);
        assertFalse(role.isConfirmed());
        assertEquals(PlacementConsent.DECLINED, role.getConsent());
        assertEquals("holder-42", role.getConsentBy());
    }

    @Test
    void anAnsweredPlacementCannotBeAnsweredAgain() {
        SecurityRole declined = proposal();
        declined.declineBy("holder-42", NOON);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> declined.confirmBy("staff", NOON));
        assertEquals("org.placementAnswered", refused.code());
        assertEquals(PlacementConsent.DECLINED, declined.getConsent(), "a staff confirmation does not overrule a refusal");

        SecurityRole confirmed = proposal();
        confirmed.confirmBy("holder-42", NOON);
        assertEquals("org.placementAnswered", assertThrows(RuleViolation.class,
                () -> confirmed.confirmBy("holder-42", NOON)).code());
        assertEquals("org.placementAnswered", assertThrows(RuleViolation.class,
                () -> confirmed.declineBy("holder-42", NOON)).code());
    }

    @Test
    void anAnswerNamesItsAccount() {
        assertThrows(NullPointerException.class, () -> proposal().confirmBy(null, NOON));
    }

    @Test
    void aGroupCPlacementNamesItsDepartmentAndOnlyIt() {
        assertThrows(IllegalArgumentException.class, () -> SecurityRole.proposed(1L, SecurityRoleKind.DEPARTMENT_GROUP_C, 42L,
                "HIT-00012345", null, ManagementMode.OTHER, null));
        assertThrows(IllegalArgumentException.class, () -> SecurityRole.proposed(1L, SecurityRoleKind.CISO, 42L,
                "HIT-00012345", 7L, ManagementMode.OTHER, null));
    }
}
