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

/** The signed-in person's own account: changing their password (the current one is asked for again). */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME, Role.HOLDER_NAME})
public class MyAccount {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    public void changePassword(@NotNull char[] current, @NotNull char[] next) {
        UserAccount account = accounts.findByUsernameForUpdate(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("The signed-in account does not exist"));
        if (!PasswordHashes.matches(current, account.getPasswordHash())) {
            throw new RuleViolation("account.currentWrong", "The current password is not right");
        }
        if (next.length < MIN_PASSWORD || next.length > MAX_PASSWORD) {
            throw new InputRejected("account.passwordLength", "The new password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters", MIN_PASSWORD, MAX_PASSWORD);
        }
        if (Arrays.equals(current, next)) {
            throw new InputRejected("account.passwordSame", "The new password is the same as the current one");
        }
        account.changePassword(PasswordHashes.hash(next));
    }
}
