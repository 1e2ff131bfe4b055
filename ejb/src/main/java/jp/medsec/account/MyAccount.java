package jp.medsec.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.medsec.shared.InputRejected;

import java.time.Instant;
import java.util.Arrays;

/**
 * The signed-in person's own account: changing their password. The current one is asked for again, and a wrong one
 * counts like a failed sign-in; the change ends the account's other sessions.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME, Role.HOLDER_NAME})
public class MyAccount {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    /** What came of a change: done (with the generation this session keeps), or refused for a wrong current password. */
    public record PasswordChange(boolean changed, int sessionGeneration) {
    }

    /**
     * A wrong current password is not an exception but an answer: it is counted on the account (like a failed sign-in)
     * in this same transaction, which therefore commits.
     */
    public PasswordChange changePassword(@NotNull char[] current, @NotNull char[] next) {
        String username = context.getCallerPrincipal().getName();
        UserAccount account = accounts.findByUsernameForUpdate(username)
                .orElseThrow(() -> new IllegalStateException("The signed-in account does not exist"));
        Instant now = Instant.now();
        if (account.isLockedAt(now) || !PasswordHashes.matches(current, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            return new PasswordChange(false, account.getSessionGeneration());
        }
        if (next.length < MIN_PASSWORD || next.length > MAX_PASSWORD) {
            throw new InputRejected("account.passwordLength", "The new password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters", MIN_PASSWORD, MAX_PASSWORD);
        }
        if (Arrays.equals(current, next)) {
            throw new InputRejected("account.passwordSame", "The new password is the same as the current one");
        }
        account.unlock(); // the right current password ends a run of failures, as a sign-in does
        return new PasswordChange(true, account.changePassword(PasswordHashes.hash(next)));
    }
}
