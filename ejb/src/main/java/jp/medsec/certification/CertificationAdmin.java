package jp.medsec.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.account.Role;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;

/** Association staff issue, revoke and reinstate certifications; every change lands in the history. */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class CertificationAdmin {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CertificationRuleRepository rules;

    @Inject
    private CertificateNumbers numbers;

    @Inject
    private CertificationsChanged certificationsChanged;

    /** Certifies a holder who passed the exam in the given year; answers the new certificate number. */
    public String issue(long holderId, @NotNull CertificationType type, int passYear) {
        LocalDate today = JapaneseDates.today();
        if (passYear < today.getYear() - 1 || passYear > today.getYear()) {
            throw new jp.medsec.shared.InputRejected("admin.passYear", "The pass year must be " + (today.getYear() - 1) + " or " + today.getYear()
                    + ", was " + passYear, String.valueOf(today.getYear() - 1), String.valueOf(today.getYear()));
        }
        Holder holder = em.find(Holder.class, holderId);
        if (holder == null) {
            throw new jp.medsec.shared.NotFound("There is no holder " + holderId);
        }
        CertificationRule rule = rules.inForce(type, LocalDate.of(passYear, 11, 1))
                .orElseThrow(() -> new IllegalStateException("No rule for " + type));
        Certification certification = holder.certify(type, numbers.next(type), rule.firstCycleAfterPassing(passYear));
        em.persist(certification);
        em.flush();
        certificationsChanged.changedFor(holderId);
        return certification.getCertificateNumber();
    }

    public void revoke(long certificationId, @NotBlank @Size(max = 500) String reason) {
        Certification certification = certification(certificationId);
        certification.revoke(reason);
        certificationsChanged.changedFor(certification.getHolder().getId());
    }

    public void reinstate(long certificationId) {
        Certification certification = certification(certificationId);
        certification.reinstate(rules.inForce(certification.getType(), certification.getValidFrom())
                .orElseThrow(() -> new IllegalStateException("No rule for " + certification.getType())), JapaneseDates.today());
        certificationsChanged.changedFor(certification.getHolder().getId());
    }


    private Certification certification(long id) {
        Certification certification = em.find(Certification.class, id);
        if (certification == null) {
            throw new jp.medsec.shared.NotFound("There is no certification " + id);
        }
        return certification;
    }
}
