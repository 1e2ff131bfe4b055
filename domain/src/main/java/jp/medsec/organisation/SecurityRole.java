package jp.medsec.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person placed in an institution's security organisation: who (a registry person, so that their Group A/B/C is the
 * classification's, not typed), in which role, in which department (Group C placements), and how dedicated to HIS
 * management they are (専従 / 専任 / other).
 * <p>
 * An officer only proposes a placement, by the certificate number they typed; the person must consent
 * ({@link PlacementConsent}) before the placement counts or shows who they are, because a certificate number alone
 * does not show that the person works there.
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

    /** The number the officer typed, shown back to them while the person has not confirmed. */
    @Column(name = "certificate_number", length = 20)
    private String certificateNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlacementConsent consent;

    @Column(name = "consent_at")
    private Instant consentAt;

    /** The account that confirmed or declined: the person's own, or the staff member's who confirmed on their behalf. */
    @Column(name = "consent_by", length = 64)
    private String consentBy;

    protected SecurityRole() {
    }

    private SecurityRole(long institutionId, SecurityRoleKind role, long holderId, String certificateNumber,
                         Long departmentId, ManagementMode duty, LocalDate since) {
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
        this.certificateNumber = Objects.requireNonNull(certificateNumber, "The certificate number typed is required");
        this.consent = PlacementConsent.PENDING;
    }

    /**
     * An officer proposes the holder of the typed certificate number for a role; it awaits the person's answer.
     */
    public static SecurityRole proposed(long institutionId, SecurityRoleKind role, long holderId, String certificateNumber,
                                        Long departmentId, ManagementMode duty, LocalDate since) {
        return new SecurityRole(institutionId, role, holderId, certificateNumber, departmentId, duty, since);
    }

    /** The person agrees to be listed in this role (or staff confirm it on their behalf, after checking with them). */
    public void confirmBy(String account, Instant at) {
        answer(PlacementConsent.CONFIRMED, account, at);
    }

    /** The person refuses to be listed in this role. */
    public void declineBy(String account, Instant at) {
        answer(PlacementConsent.DECLINED, account, at);
    }

    private void answer(PlacementConsent answer, String account, Instant at) {
        Objects.requireNonNull(account, "The answering account is required");
        Objects.requireNonNull(at, "The time of the answer is required");
        if (consent != PlacementConsent.PENDING) {
            throw new RuleViolation("org.placementAnswered", "Placement " + id + " was already answered: " + consent);
        }
        this.consent = answer;
        this.consentBy = account;
        this.consentAt = at;
    }

    /** Counts for the organisation, and may show who the person is. */
    public boolean isConfirmed() {
        return consent == PlacementConsent.CONFIRMED;
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

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public PlacementConsent getConsent() {
        return consent;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getConsentBy() {
        return consentBy;
    }
}
