package jp.medsec.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.medsec.account.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;

/**
 * Runs test code as a given institution officer account (see {@code InstitutionAccessIT.officerOf}), the way that
 * officer's signed-in request reaches the services: the caller is the account's name, in the role INSTITUTION_OFFICER,
 * and the services find the officer's institution from the account, as they do for a real request. {@link AsStaff}
 * can name a fixed role with {@code @RunAs}; an officer is a person of one institution, so the identity is made here.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call commits as the officer's request would, so the history names the officer
public class AsOfficer {

    public <T> T call(String username, Callable<T> work) throws Exception {
        return callInRole(username, Role.INSTITUTION_OFFICER_NAME, work);
    }

    /** Runs the work as an account of another role (a holder, say), to see a service refuse it. */
    public <T> T callInRole(String username, String role, Callable<T> work) throws Exception {
        SecurityIdentity officer = SecurityDomain.getCurrent().createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.of(role)));
        try {
            return officer.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException(); // a refusal reaches the test as itself
        }
    }
}
