package jp.medsec.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.Certification;
import jp.medsec.certification.CertificationRule;
import jp.medsec.certification.DeferralRequest;
import jp.medsec.certification.RenewalApplication;

import java.time.Instant;
import java.time.LocalDate;

/** Applications as a holder would have made them, for tests of the staff side. */
@Stateless
@PermitAll
public class RenewalFixtures {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public long applied(long certificationId) {
        Certification c = em.find(Certification.class, certificationId);
        CertificationRule rule = em.find(CertificationRule.class, 1L);
        RenewalApplication application = new RenewalApplication(c, rule, LocalDate.of(2026, 11, 21), 0, null, Instant.now());
        em.persist(application);
        return application.getId();
    }

    public long deferralRequested(long certificationId) {
        DeferralRequest request = new DeferralRequest(em.find(Certification.class, certificationId),
                DeferralRequest.Reason.CHILDCARE, "育児休業（IT）", 1, Instant.now());
        em.persist(request);
        return request.getId();
    }
}
