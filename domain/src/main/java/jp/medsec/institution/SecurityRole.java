package jp.medsec.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.medsec.personnel.ManagementMode;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person placed in an institution's security organisation: who (a registry person, so that their Group A/B/C is the
 * classification's, not typed), in which role, in which department (Group C placements), and how dedicated to HIS
 * management they are (専従 / 専任 / other).
 */
@Entity
@Table(name = "security_role")
@Audited
public class SecurityRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecurityRoleKind role;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(name = "department_id")
    private Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ManagementMode duty;

    private LocalDate since;

    protected SecurityRole() {
    }

    public SecurityRole(long institutionId, SecurityRoleKind role, long holderId, Long departmentId, ManagementMode duty,
                        LocalDate since) {
        this.role = Objects.requireNonNull(role, "Role is required");
        if (role.needsDepartment() != (departmentId != null)) {
            throw new IllegalArgumentException(role.needsDepartment() ? "A Group C placement names its department"
                    : "Only Group C placements name a department");
        }
        this.institutionId = institutionId;
        this.holderId = holderId;
        this.departmentId = departmentId;
        this.duty = Objects.requireNonNull(duty, "Duty (SENJU, SENNIN or OTHER) is required");
        this.since = since;
    }

    /** 専任 or stricter: works on HIS management as the main assigned duty. */
    public boolean isFullTime() {
        return duty == ManagementMode.SENJU || duty == ManagementMode.SENNIN;
    }

    public Long getId() {
        return id;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public SecurityRoleKind getRole() {
        return role;
    }

    public long getHolderId() {
        return holderId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public ManagementMode getDuty() {
        return duty;
    }

    public LocalDate getSince() {
        return since;
    }
}
