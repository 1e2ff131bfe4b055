package jp.medsec.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jp.medsec.shared.RuleViolation;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Objects;

/** One certification (資格) of one holder, with its current cycle and status. */
@Entity
@Table(name = "certification")
@Audited
// In the second-level cache, found by its number without the database (the public check, GET /api/v1/verify/{n}):
// a change through the application (a revocation) replaces the cached state when it commits.
@jakarta.persistence.Cacheable
@org.hibernate.annotations.NaturalIdCache
public class Certification implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id", nullable = false)
    private Holder holder;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificationType type;

    @NotNull
    @Pattern(regexp = "[A-Z]{2,5}-[0-9]{4,8}")
    @org.hibernate.annotations.NaturalId
    @Column(name = "certificate_number", nullable = false, unique = true)
    private String certificateNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificationStatus status;

    @NotNull
    @Column(name = "first_certified_on", nullable = false)
    private LocalDate firstCertifiedOn;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @NotNull
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "status_reason")
    private String statusReason;

    protected Certification() {
    }

    Certification(Holder holder, CertificationType type, CertificateNumber number, CertificationCycle firstCycle) {
        this.holder = Objects.requireNonNull(holder, "Holder is required");
        this.type = Objects.requireNonNull(type, "Type is required");
        this.certificateNumber = Objects.requireNonNull(number, "Certificate number is required").value();
        Objects.requireNonNull(firstCycle, "Cycle is required");
        this.firstCertifiedOn = firstCycle.start();
        this.validFrom = firstCycle.start();
        this.validUntil = firstCycle.end();
        this.status = CertificationStatus.ACTIVE;
    }

    /** Revoked by the association (取消), with the reason. */
    public void revoke(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new jp.medsec.shared.InputRejected("certification.revokeReason", "A reason is required to revoke a certification");
        }
        if (status == CertificationStatus.REVOKED) {
            throw new jp.medsec.shared.RuleViolation("certification.alreadyRevoked", certificateNumber + " is already revoked", certificateNumber);
        }
        status = CertificationStatus.REVOKED;
        statusReason = reason.strip();
    }

    /** Undoes a revocation: the status is again what the cycle says on the given day. */
    public void reinstate(CertificationRule rule, LocalDate today) {
        if (status != CertificationStatus.REVOKED) {
            throw new jp.medsec.shared.RuleViolation("certification.notRevoked", certificateNumber + " is not revoked", certificateNumber);
        }
        status = statusOn(rule, today);
        statusReason = null;
    }

    /** A renewal: the next cycle starts where this one ends, and the certification is active again. */
    public void renew(CertificationRule rule) {
        if (status == CertificationStatus.REVOKED) {
            throw new jp.medsec.shared.RuleViolation("certification.revokedNoRenewal", certificateNumber + " is revoked and cannot be renewed",
                    certificateNumber);
        }
        CertificationCycle next = rule.cycleAfter(currentCycle());
        validFrom = next.start();
        validUntil = next.end();
        status = CertificationStatus.ACTIVE;
        statusReason = null;
    }

    /** A deferral (保留) for leave: the cycle's end moves by whole fiscal years. */
    public void defer(CertificationRule rule, int years, String reason) {
        if (years < 1 || years > 3) {
            throw new jp.medsec.shared.InputRejected("deferral.years", "A deferral is 1 to 3 years, was " + years, years);
        }
        if (!status.isCurrent()) {
            throw new RuleViolation("deferral.notCurrent", certificateNumber + " is " + status + " and cannot be deferred",
                    certificateNumber);
        }
        validUntil = rule.deferred(currentCycle(), years).end();
        status = CertificationStatus.DEFERRED;
        statusReason = reason;
    }

    /** Expiry after the cycle ended without renewal, or because the prerequisite lapsed. */
    public void expire(String reason) {
        if (status == CertificationStatus.REVOKED || status == CertificationStatus.EXPIRED) {
            return;
        }
        status = CertificationStatus.EXPIRED;
        statusReason = reason;
    }

    /** Active certifications enter RENEWAL_DUE when their renewal window opens. */
    public boolean enterRenewalWindow(CertificationRule rule, LocalDate today) {
        if (status == CertificationStatus.ACTIVE && rule.isInRenewalWindow(currentCycle(), today)) {
            status = CertificationStatus.RENEWAL_DUE;
            return true;
        }
        return false;
    }

    /** The status the cycle alone gives on a day: expired after its end, renewal due inside the window, else active. */
    public CertificationStatus statusOn(CertificationRule rule, LocalDate day) {
        CertificationCycle cycle = currentCycle();
        if (cycle.isOver(day)) {
            return CertificationStatus.EXPIRED;
        }
        return rule.isInRenewalWindow(cycle, day) ? CertificationStatus.RENEWAL_DUE : CertificationStatus.ACTIVE;
    }

    public CertificationCycle currentCycle() {
        return new CertificationCycle(validFrom, validUntil);
    }

    public Long getId() {
        return id;
    }

    public Holder getHolder() {
        return holder;
    }

    public CertificationType getType() {
        return type;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public LocalDate getFirstCertifiedOn() {
        return firstCertifiedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Integer getVersion() {
        return version;
    }
}
