package jp.medsec.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.shared.NotFound;

import java.util.List;

/**
 * What the evaluator reads of an institution's organisation, without asking who calls: for the services that have
 * already decided the caller may see it (the audit engine, once {@code AuditAccess} let the caller reach the audit,
 * which for a peer check is an officer of another institution). Only confirmed placements count (issue 9 item 3).
 */
@ApplicationScoped
public class OrganisationFacts {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public OrganisationEvaluator.Facts of(long institutionId) {
        Institution institution = em.find(Institution.class, institutionId);
        if (institution == null) {
            throw new NotFound("There is no institution " + institutionId);
        }
        List<SecurityDepartment> departments = em.createQuery("select d from SecurityDepartment d "
                + "where d.institutionId = :i order by d.name", SecurityDepartment.class)
                .setParameter("i", institutionId).getResultList();
        // Within a role by the name's reading, as the organisation page lists confirmed people.
        List<OrganisationEvaluator.Person> people = em.createQuery("select r, concat(h.familyName, ' ', h.givenName), "
                        + "p.computedGroup from SecurityRole r join Holder h on h.id = r.holderId "
                        + "left join PersonnelProfile p on p.holderId = r.holderId where r.institutionId = :i "
                        + "and r.consent = :confirmed order by r.role, h.familyNameKana, r.id", Object[].class)
                .setParameter("i", institutionId).setParameter("confirmed", PlacementConsent.CONFIRMED)
                .getResultList().stream().map(row -> {
                    SecurityRole r = (SecurityRole) row[0];
                    String department = r.getDepartmentId() == null ? null : departments.stream()
                            .filter(d -> d.getId().equals(r.getDepartmentId())).map(SecurityDepartment::getName)
                            .findFirst().orElse(null);
                    return new OrganisationEvaluator.Person((String) row[1], r.getRole(), (Group) row[2],
                            r.getDuty() == ManagementMode.SENJU || r.getDuty() == ManagementMode.SENNIN, department);
                }).toList();
        return new OrganisationEvaluator.Facts(institution.isIsDepartment(), institution.isSecurityCommittee(),
                institution.isGroupAContract(), people, departments.stream().map(SecurityDepartment::getName).toList());
    }
}
