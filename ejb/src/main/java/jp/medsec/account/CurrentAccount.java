package jp.medsec.account;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The signed-in caller's account, read from the container's caller principal: services scope data by it, never by an
 * id that the client sends.
 */
@Stateless
@PermitAll
public class CurrentAccount {

    /** Who is calling, detached. */
    public record Caller(long accountId, String username, Role role, String displayName, Long holderId,
                         Long institutionId) {
    }

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    public Optional<Caller> caller() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            return Optional.empty();
        }
        return accounts.findByUsername(name).map(a -> new Caller(a.getId(), a.getUsername(), a.getRole(),
                a.getDisplayName(), a.getHolderId(), a.getInstitutionId()));
    }
}
