package jp.medsec.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsernameForUpdate(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :username", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
