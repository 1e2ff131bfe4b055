package jp.medsec.account;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The account, locked against concurrent sign-in attempts until the transaction ends. */
    Optional<UserAccount> findByUsernameForUpdate(String username);
}
