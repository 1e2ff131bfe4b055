package jp.medsec.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.HolderRepository;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.TierRecommendation;
import jp.medsec.organisation.Evaluator;
import jp.medsec.organisation.OrganisationEvaluator;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.shared.RuleViolation;

import java.time.Clock;
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
 * <p>
 * An officer's placement is a proposal ({@link PlacementConsent#PENDING}): until the person confirms it (or staff
 * confirm it on their behalf) it shows only the certificate number the officer typed, never the person's name or Group,
 * and it does not count for the judgement or the audit pre-fill.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class SecurityOrganisation {

    /**
     * A person in a role, as shown. {@code name} and {@code group} are null while the person has not confirmed, except
     * for staff (who read every holder anyway and need the name to check with the person); {@code certificateNumber}
     * is what the officer typed (null for placements recorded before consent was asked).
     */
    public record Placement(long id, SecurityRoleKind role, long holderId, String name, Group group, ManagementMode duty,
                            String department, LocalDate since, PlacementConsent consent, String certificateNumber,
                            List<jp.medsec.personnel.ContinuingTopics.Due> continuingDue) implements java.io.Serializable {

        public boolean confirmed() {
            return consent == PlacementConsent.CONFIRMED;
        }
    }

    /** Everything the institution page shows of the organisation. */
    public record Overview(Institution institution, TierRecommendation recommendation, List<SecurityDepartment> departments,
                           List<Placement> placements, Map<Evaluator, jp.medsec.compliance.Verdict> evaluation) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private HolderRepository holders;

    @Inject
    private OrganisationFacts organisationFacts;

    private final Clock clock = Clock.systemUTC();

    public Overview overview(long institutionId) {
        Institution institution = access.readable(institutionId);
        List<SecurityDepartment> departments = departments(institutionId);
        List<Placement> placements = placements(institutionId, departments);
        OrganisationEvaluator.Facts facts = organisationFacts.of(institutionId);
        Map<Evaluator, jp.medsec.compliance.Verdict> evaluation = new EnumMap<>(Evaluator.class);
        for (Evaluator e : Evaluator.values()) {
            evaluation.put(e, OrganisationEvaluator.evaluate(e, facts));
        }
        return new Overview(institution, institution.recommendedTier(), departments, placements, evaluation);
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

    /**
     * Proposes the person holding the given certificate number for a role (persons are identified by their number); the
     * placement awaits the person's confirmation.
     */
    public SecurityRole assign(long institutionId, @NotNull SecurityRoleKind role, @NotNull String certificateNumber,
                               Long departmentId, @NotNull ManagementMode duty, LocalDate since) {
        access.changeable(institutionId);
        if (!CertificateNumber.isWellFormed(certificateNumber)) {
            throw new RuleViolation("org.numberMalformed", "certificateNumber: '" + certificateNumber + "' is not a certificate number",
                    certificateNumber);
        }
        CertificateNumber number = CertificateNumber.parse(certificateNumber);
        long holderId = holders.findCertificate(number)
                .map(c -> c.getHolder().getId())
                .orElseThrow(() -> new RuleViolation("org.numberUnknown", "certificateNumber: no person holds " + certificateNumber,
                        certificateNumber));
        if (departmentId != null) {
            SecurityDepartment department = em.find(SecurityDepartment.class, departmentId);
            if (department == null || department.getInstitutionId() != institutionId) {
                throw new RuleViolation("org.departmentUnknown", "department: there is no such department here");
            }
        }
        SecurityRole existing = em.createQuery("select r from SecurityRole r where r.institutionId = :i and r.role = :r "
                        + "and r.holderId = :h", SecurityRole.class)
                .setParameter("i", institutionId).setParameter("r", role).setParameter("h", holderId).getResultList()
                .stream().filter(r -> java.util.Objects.equals(r.getDepartmentId(), departmentId)).findFirst().orElse(null);
        if (existing != null && existing.getConsent() == PlacementConsent.DECLINED) {
            throw new RuleViolation("org.placementDeclined", "The person declined this placement; remove it before proposing again");
        }
        if (existing != null) {
            throw new RuleViolation("org.duplicateRole", "This person already holds that role here");
        }
        SecurityRole placement = SecurityRole.proposed(institutionId, role, holderId, number.value(), departmentId, duty, since);
        em.persist(placement);
        return placement;
    }

    /**
     * Staff confirm a pending placement on the person's behalf, after checking with them (by telephone or on paper):
     * institutions stay read-only for staff, but the person's consent is theirs to record.
     */
    @RolesAllowed(Role.STAFF_NAME)
    public void confirmOnBehalf(long placementId) {
        SecurityRole placement = em.find(SecurityRole.class, placementId);
        if (placement == null) {
            throw new jp.medsec.shared.NotFound("There is no such placement " + placementId);
        }
        placement.confirmBy(access.callerName(), clock.instant());
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
        boolean staff = access.isStaff();
        List<Placement> placements = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>(em.createQuery("select r, concat(h.familyName, ' ', h.givenName), p.computedGroup, "
                        + "h.familyNameKana from SecurityRole r join Holder h on h.id = r.holderId "
                        + "left join PersonnelProfile p on p.holderId = r.holderId "
                        + "where r.institutionId = :i order by r.role, r.id", Object[].class)
                .setParameter("i", institutionId).getResultList());
        // Within a role: confirmed people by name, then the others in the order they were proposed -- not by the
        // person's name, whose position in the list would tell the officer something of it.
        rows.sort(java.util.Comparator.comparing((Object[] row) -> ((SecurityRole) row[0]).getRole().name())
                .thenComparing(row -> !((SecurityRole) row[0]).isConfirmed())
                .thenComparing(row -> ((SecurityRole) row[0]).isConfirmed() ? String.valueOf(row[3]) : ""));
        Map<Long, List<jp.medsec.personnel.ContinuingTopics.Due>> due = continuingDue(rows.stream()
                .filter(row -> ((SecurityRole) row[0]).isConfirmed() && row[2] != null)
                .map(row -> ((SecurityRole) row[0]).getHolderId()).distinct().toList());
        for (Object[] row : rows) {
            SecurityRole r = (SecurityRole) row[0];
            boolean shown = r.isConfirmed() || staff;
            placements.add(new Placement(r.getId(), r.getRole(), r.getHolderId(), shown ? (String) row[1] : null,
                    shown ? (Group) row[2] : null, r.getDuty(),
                    r.getDepartmentId() == null ? null : departmentNames.get(r.getDepartmentId()), r.getSince(),
                    r.getConsent(), r.getCertificateNumber(),
                    r.isConfirmed() ? due.getOrDefault(r.getHolderId(), List.of()) : List.of()));
        }
        return placements;
    }

    /**
     * The continuing topics falling due for each confirmed person of a group (the officer sees them beside the role, as
     * the continuing-course-reminders job tells the person): one grouped query over their completions.
     */
    private Map<Long, List<jp.medsec.personnel.ContinuingTopics.Due>> continuingDue(List<Long> holderIds) {
        if (holderIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> intervals = new HashMap<>();
        em.createQuery("select c.code, c.intervalMonths from CourseModule c where c.code in :topics", Object[].class)
                .setParameter("topics", jp.medsec.personnel.Modules.CONTINUING).getResultList()
                .forEach(r -> intervals.put((String) r[0], (Integer) r[1]));
        Map<Long, Map<String, LocalDate>> last = new HashMap<>();
        em.createQuery("select m.holderId, m.moduleCode, max(m.completedOn) from ModuleCompletion m "
                        + "where m.holderId in :ids and m.moduleCode in :topics group by m.holderId, m.moduleCode",
                        Object[].class).setParameter("ids", holderIds)
                .setParameter("topics", jp.medsec.personnel.Modules.CONTINUING).getResultList()
                .forEach(r -> last.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (LocalDate) r[2]));
        LocalDate today = jp.medsec.shared.JapaneseDates.today();
        Map<Long, List<jp.medsec.personnel.ContinuingTopics.Due>> due = new HashMap<>();
        for (Long id : holderIds) {
            due.put(id, jp.medsec.personnel.ContinuingTopics.falling(last.getOrDefault(id, Map.of()), intervals, today));
        }
        return due;
    }
}
