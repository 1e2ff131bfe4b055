package jp.medsec.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.audit.Evaluator;
import jp.medsec.audit.OrganisationEvaluator;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.HolderRepository;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.shared.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An institution's security organisation: departments, people in roles, the standing facts, and what the system can
 * judge of it now (each person's Group A/B/C is their stored classification, recomputed whenever a certification or
 * profile changes). Officers change their own; staff read all.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class SecurityOrganisation {

    /** A person in a role, as shown. */
    public record Placement(long id, SecurityRoleKind role, long holderId, String name, Group group, ManagementMode duty,
                            String department, LocalDate since) {
    }

    /** Everything the institution page shows of the organisation. */
    public record Overview(Institution institution, TierRecommendation recommendation, List<SecurityDepartment> departments,
                           List<Placement> placements, Map<Evaluator, OrganisationEvaluator.Verdict> evaluation) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private HolderRepository holders;

    public Overview overview(long institutionId) {
        Institution institution = access.readable(institutionId);
        List<SecurityDepartment> departments = departments(institutionId);
        List<Placement> placements = placements(institutionId, departments);
        OrganisationEvaluator.Facts facts = facts(institution, departments, placements);
        Map<Evaluator, OrganisationEvaluator.Verdict> evaluation = new EnumMap<>(Evaluator.class);
        for (Evaluator e : Evaluator.values()) {
            evaluation.put(e, OrganisationEvaluator.evaluate(e, facts));
        }
        return new Overview(institution, institution.recommendedTier(), departments, placements, evaluation);
    }

    /** What the evaluator reads, for audits. */
    public OrganisationEvaluator.Facts facts(long institutionId) {
        Institution institution = access.readable(institutionId);
        List<SecurityDepartment> departments = departments(institutionId);
        return facts(institution, departments, placements(institutionId, departments));
    }

    public void describe(long institutionId, boolean isDepartment, boolean committee, boolean groupAContract) {
        access.changeable(institutionId).describeOrganisation(isDepartment, committee, groupAContract);
    }

    public void describeSystems(long institutionId, int beds, boolean regionallyCritical, boolean onPremises) {
        access.changeable(institutionId).describeSystems(beds, regionallyCritical, onPremises);
    }

    public SecurityDepartment addDepartment(long institutionId, @NotNull String name, @NotNull DepartmentKind kind) {
        access.changeable(institutionId);
        boolean exists = departments(institutionId).stream().anyMatch(d -> d.getName().equals(name.strip()));
        if (exists) {
            throw new RuleViolation("org.departmentExists", "The department " + name.strip() + " is already registered", name.strip());
        }
        SecurityDepartment department = new SecurityDepartment(institutionId, name, kind);
        em.persist(department);
        return department;
    }

    public void removeDepartment(long departmentId) {
        SecurityDepartment department = em.find(SecurityDepartment.class, departmentId);
        if (department == null) {
            throw new jp.medsec.shared.NotFound("There is no department " + departmentId);
        }
        access.changeable(department.getInstitutionId());
        em.createQuery("select r from SecurityRole r where r.departmentId = :d", SecurityRole.class)
                .setParameter("d", departmentId).getResultList().forEach(em::remove);
        em.remove(department);
    }

    /** Places the person holding the given certificate number in a role (persons are identified by their number). */
    public SecurityRole assign(long institutionId, @NotNull SecurityRoleKind role, @NotNull String certificateNumber,
                               Long departmentId, @NotNull ManagementMode duty, LocalDate since) {
        access.changeable(institutionId);
        if (!CertificateNumber.isWellFormed(certificateNumber)) {
            throw new RuleViolation("org.numberMalformed", "certificateNumber: '" + certificateNumber + "' is not a certificate number",
                    certificateNumber);
        }
        long holderId = holders.findCertificate(CertificateNumber.parse(certificateNumber))
                .map(c -> c.getHolder().getId())
                .orElseThrow(() -> new RuleViolation("org.numberUnknown", "certificateNumber: no person holds " + certificateNumber,
                        certificateNumber));
        if (departmentId != null) {
            SecurityDepartment department = em.find(SecurityDepartment.class, departmentId);
            if (department == null || department.getInstitutionId() != institutionId) {
                throw new RuleViolation("org.departmentUnknown", "department: there is no such department here");
            }
        }
        boolean duplicate = em.createQuery("select r from SecurityRole r where r.institutionId = :i and r.role = :r "
                        + "and r.holderId = :h", SecurityRole.class)
                .setParameter("i", institutionId).setParameter("r", role).setParameter("h", holderId).getResultList()
                .stream().anyMatch(r -> java.util.Objects.equals(r.getDepartmentId(), departmentId));
        if (duplicate) {
            throw new RuleViolation("org.duplicateRole", "This person already holds that role here");
        }
        SecurityRole placement = new SecurityRole(institutionId, role, holderId, departmentId, duty, since);
        em.persist(placement);
        return placement;
    }

    public void unassign(long roleId) {
        SecurityRole role = em.find(SecurityRole.class, roleId);
        if (role == null) {
            throw new jp.medsec.shared.NotFound("There is no such placement " + roleId);
        }
        access.changeable(role.getInstitutionId());
        em.remove(role);
    }

    private List<SecurityDepartment> departments(long institutionId) {
        return em.createQuery("select d from SecurityDepartment d where d.institutionId = :i order by d.name",
                SecurityDepartment.class).setParameter("i", institutionId).getResultList();
    }

    private List<Placement> placements(long institutionId, List<SecurityDepartment> departments) {
        Map<Long, String> departmentNames = new HashMap<>();
        departments.forEach(d -> departmentNames.put(d.getId(), d.getName()));
        List<Placement> placements = new ArrayList<>();
        for (Object[] row : em.createQuery("select r, concat(h.familyName, ' ', h.givenName), p.computedGroup "
                        + "from SecurityRole r join Holder h on h.id = r.holderId "
                        + "left join PersonnelProfile p on p.holderId = r.holderId "
                        + "where r.institutionId = :i order by r.role, h.familyNameKana", Object[].class)
                .setParameter("i", institutionId).getResultList()) {
            SecurityRole r = (SecurityRole) row[0];
            placements.add(new Placement(r.getId(), r.getRole(), r.getHolderId(), (String) row[1], (Group) row[2],
                    r.getDuty(), r.getDepartmentId() == null ? null : departmentNames.get(r.getDepartmentId()), r.getSince()));
        }
        return placements;
    }

    private static OrganisationEvaluator.Facts facts(Institution institution, List<SecurityDepartment> departments,
                                                     List<Placement> placements) {
        List<OrganisationEvaluator.Person> people = placements.stream().map(p -> new OrganisationEvaluator.Person(p.name(),
                p.role(), p.group(), p.duty() == ManagementMode.SENJU || p.duty() == ManagementMode.SENNIN,
                p.department())).toList();
        return new OrganisationEvaluator.Facts(institution.isIsDepartment(), institution.isSecurityCommittee(),
                institution.isGroupAContract(), people, departments.stream().map(SecurityDepartment::getName).toList());
    }
}
