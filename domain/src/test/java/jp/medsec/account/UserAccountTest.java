package jp.medsec.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-21T01:00:00Z");

    @Test
    void theTwentiethFailureInARowLocksForFifteenMinutes() {
        // Addresses back off after five (the web tier); only a run from many addresses reaches the account lock.
        assertEquals(20, UserAccount.MAX_FAILED_ATTEMPTS);
        UserAccount account = UserAccount.staff("s", "hash", "S");
        for (int i = 0; i < UserAccount.MAX_FAILED_ATTEMPTS - 1; i++) {
            account.recordFailedSignIn(now);
        }
        assertFalse(account.isLockedAt(now));
        account.recordFailedSignIn(now);
        assertTrue(account.isLockedAt(now));
        assertTrue(account.isLockedAt(now.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(account.isLockedAt(now.plus(Duration.ofMinutes(15))));
    }

    @Test
    void afterTheLockEndsCountingStartsAgain() {
        UserAccount account = UserAccount.staff("s", "hash", "S");
        for (int i = 0; i < UserAccount.MAX_FAILED_ATTEMPTS; i++) {
            account.recordFailedSignIn(now);
        }
        Instant later = now.plus(Duration.ofMinutes(16));
        account.recordFailedSignIn(later);
        assertEquals(1, account.getFailedAttempts());
        assertFalse(account.isLockedAt(later));
    }

    @Test
    void aSuccessOrAnUnlockClearsTheCount() {
        UserAccount account = UserAccount.staff("s", "hash", "S");
        account.recordFailedSignIn(now);
        account.recordSuccessfulSignIn(now);
        assertEquals(0, account.getFailedAttempts());
        assertEquals(now, account.getLastLoginAt());
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(now);
        }
        account.unlock();
        assertFalse(account.isLockedAt(now));
    }

    @Test
    void aNewPasswordStartsANewSessionGeneration() {
        UserAccount account = UserAccount.staff("s", "hash", "S");
        int before = account.getSessionGeneration();
        assertEquals(before + 1, account.changePassword("new-hash"));
        assertEquals("new-hash", account.getPasswordHash());
        assertEquals(before + 1, account.getSessionGeneration());
    }

    @Test
    void hashesFollowTheJakartaSecurityFormatAndAreSalted() {
        String hash = PasswordHashes.hash("secret".toCharArray());
        String[] parts = hash.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("210000", parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        assertEquals(32, salt.length);
        assertArrayEquals(Base64.getDecoder().decode(parts[3]), PasswordHashes.derive("secret".toCharArray(), salt, 210_000, 32));
        assertNotEquals(hash, PasswordHashes.hash("secret".toCharArray()));
    }

    @Test
    void aPasswordMatchesOnlyItsOwnHash() {
        String hash = PasswordHashes.hash("correct horse battery".toCharArray());
        org.junit.jupiter.api.Assertions.assertTrue(PasswordHashes.matches("correct horse battery".toCharArray(), hash));
        org.junit.jupiter.api.Assertions.assertFalse(PasswordHashes.matches("correct horse batterY".toCharArray(), hash));
        org.junit.jupiter.api.Assertions.assertFalse(PasswordHashes.matches("x".toCharArray(), "not-a-hash"));
        org.junit.jupiter.api.Assertions.assertFalse(PasswordHashes.matches("x".toCharArray(), null));
    }
}
