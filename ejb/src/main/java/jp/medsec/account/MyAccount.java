package jp.medsec.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;

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

    @Inject
    private SignInService signIn;

    /** Answers the account's new session generation: the session that made the change stays signed in under it. */
    public int changePassword(@NotNull char[] current, @NotNull char[] next) {
        String username = context.getCallerPrincipal().getName();
        // Checked before the row is locked: a wrong password is counted in a transaction of its own, on the same row.
        UserAccount unlocked = accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("The signed-in account does not exist"));
        if (unlocked.isLockedAt(java.time.Instant.now()) || !PasswordHashes.matches(current, unlocked.getPasswordHash())) {
            signIn.recordFailure(username);
            throw new RuleViolation("account.currentWrong", "The current password is not right");
        }
        UserAccount account = accounts.findByUsernameForUpdate(username)
                .orElseThrow(() -> new IllegalStateException("The signed-in account does not exist"));
        if (next.length < MIN_PASSWORD || next.length > MAX_PASSWORD) {
            throw new InputRejected("account.passwordLength", "The new password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters", MIN_PASSWORD, MAX_PASSWORD);
        }
        if (Arrays.equals(current, next)) {
            throw new InputRejected("account.passwordSame", "The new password is the same as the current one");
        }
        account.unlock(); // the right current password ends a run of failures, as a sign-in does
        return account.changePassword(PasswordHashes.hash(next));
    }
}
