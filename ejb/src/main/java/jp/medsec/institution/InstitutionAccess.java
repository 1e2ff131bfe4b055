package jp.medsec.institution;

import jp.medsec.shared.NotFound;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;

/**
 * Who may see and change which institution (DESIGN.md section 6): staff read every institution; an institution officer
 * reads and changes only their own. Anything else is answered as if it did not exist, so that an officer cannot learn
 * which ids belong to other institutions.
 */
@Stateless
@PermitAll
public class InstitutionAccess {

    @Resource
    private SessionContext context;

    @Inject
    private CurrentAccount currentAccount;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** The institution, if the caller may read it; else IllegalArgumentException (answered as not found). */
    public Institution readable(long institutionId) {
        Institution institution = load(institutionId);
        if (institution == null || !(isStaff() || isOwn(institutionId))) {
            throw new jp.medsec.shared.NotFound("There is no institution " + institutionId);
        }
        return institution;
    }

    /** The id of the institution with this code, if the caller may read it (staff, its officer); else not found. */
    public long readableByCode(String institutionCode) {
        Long id = em.createQuery("select i.id from Institution i where i.institutionCode = :c", Long.class)
                .setParameter("c", institutionCode).getResultStream().findFirst().orElse(null);
        if (id == null || !(isStaff() || isOwn(id))) {
            throw new NotFound("There is no institution " + institutionCode);
        }
        return id;
    }

    /** The institution, if the caller may change its own records (its officer); staff read only. */
    public Institution changeable(long institutionId) {
        Institution institution = load(institutionId);
        if (institution == null || !isOwn(institutionId)) {
            throw new jp.medsec.shared.NotFound("There is no institution " + institutionId + " of yours");
        }
        return institution;
    }

    private Institution load(long institutionId) {
        return em.createQuery("select i from Institution i join fetch i.prefecture where i.id = :id", Institution.class)
                .setParameter("id", institutionId).getResultStream().findFirst().orElse(null);
    }

    public boolean isStaff() {
        return context.isCallerInRole(Role.STAFF_NAME);
    }

    public boolean isOwn(long institutionId) {
        return context.isCallerInRole(Role.INSTITUTION_OFFICER_NAME) && currentAccount.caller()
                .map(CurrentAccount.Caller::institutionId).map(id -> id == institutionId).orElse(false);
    }

    /** The officer's own institution id; an account of no institution has none to show (404, not an error). */
    public long ownInstitutionId() {
        return currentAccount.caller().map(CurrentAccount.Caller::institutionId)
                .orElseThrow(() -> new NotFound("This account belongs to no institution"));
    }

    public String callerName() {
        return context.getCallerPrincipal().getName();
    }
}
