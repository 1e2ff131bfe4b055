package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The findings of audits (指摘事項): planned, worked and resolved by the audited institution (or staff, or the
 * institution carrying out a peer check), verified or reopened by staff or the checking hospital of a peer check. Who may reach which finding is
 * {@link AuditAccess}'s answer; any other id is "not found".
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class Findings {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private AuditAccess access;

    public Finding finding(long findingId) {
        return access.readableFinding(findingId);
    }

    public void plan(long findingId, @NotNull Severity severity, @NotNull String owner, @NotNull LocalDate due) {
        access.workableFinding(findingId).plan(severity, owner, due);
    }

    public void startWork(long findingId, String notes) {
        access.workableFinding(findingId).startWork(notes);
    }

    public void resolve(long findingId, String notes) {
        access.workableFinding(findingId).resolve(notes, Instant.now());
    }

    /**
     * The re-check: staff, or the checking hospital of a peer check, confirm a resolved finding (an institution never
     * verifies its own).
     */
    public void verify(long findingId) {
        access.verifiableFinding(findingId).verify(access.callerName(), Instant.now());
    }

    public void reopen(long findingId, String reason) {
        access.verifiableFinding(findingId).reopen(reason);
    }

    /** The institution's open and in-progress findings across its audits, soonest due first. */
    public List<Finding> outstanding(long institutionId) {
        access.readableInstitution(institutionId);
        return em.createQuery("select f from Finding f join fetch f.item i join fetch i.requirement join fetch f.audit a "
                        + "where a.institution.id = :i and f.state in :outstanding order by f.dueDate, f.id", Finding.class)
                .setParameter("i", institutionId)
                .setParameter("outstanding", FindingState.OUTSTANDING).getResultList();
    }
}
