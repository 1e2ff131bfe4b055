package jp.medsec.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Looks up accounts for sign-in and keeps the failure count ({@link UserAccount#recordFailedSignIn}), and tells whether
 * a session signed in earlier is still good. Password checking itself is the identity store's; slowing down an address
 * that keeps failing is the web tier's.
 */
@Stateless
@PermitAll
public class SignInService {

    /** The facts the identity store needs, detached from the persistence context. */
    public record SignInAccount(String username, String passwordHash, Role role, String displayName, boolean enabled,
                                Instant lockedUntil, int sessionGeneration) {
    }

    public enum Outcome {
        SIGNED_IN, WRONG_PASSWORD, LOCKED, UNKNOWN
    }

    @Inject
    private UserAccountRepository accounts;

    private final Clock clock = Clock.systemUTC();

    public Optional<SignInAccount> find(String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip()).map(a -> new SignInAccount(a.getUsername(),
                a.getPasswordHash(), a.getRole(), a.getDisplayName(), a.isEnabled(), a.getLockedUntil(),
                a.getSessionGeneration()));
    }

    /** Records one attempt whose password has been checked; a locked account stays locked whatever the password. */
    public Outcome recordAttempt(String username, boolean passwordMatched) {
        Optional<UserAccount> found = accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return Outcome.LOCKED;
        }
        if (passwordMatched && account.isEnabled()) {
            account.recordSuccessfulSignIn(now);
            return Outcome.SIGNED_IN;
        }
        account.recordFailedSignIn(now);
        return account.isLockedAt(now) ? Outcome.LOCKED : Outcome.WRONG_PASSWORD;
    }

    /** Whether a session signed in under this generation may go on: the account exists, is enabled, kept its password. */
    public boolean sessionValid(String username, int generation) {
        return find(username).filter(SignInAccount::enabled).filter(a -> a.sessionGeneration() == generation).isPresent();
    }

    /** Until when the account is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return find(username).map(SignInAccount::lockedUntil).filter(now::isBefore);
    }
}
