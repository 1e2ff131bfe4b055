package jp.medsec.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.Holder;
import jp.medsec.claims.Claim;
import jp.medsec.claims.Evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/** Claims as a holder would have submitted them, for tests of the staff side. */
@Stateless
@PermitAll
public class ClaimFixtures {

    public static final byte[] PDF = "%PDF-1.4\n% test evidence\n".getBytes(StandardCharsets.US_ASCII);

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public long submitted(long holderId, String category, int points, LocalDate day) {
        Claim claim = new Claim(em.find(Holder.class, holderId), category, points, day, "IT: " + category,
                Evidence.of("evidence.pdf", PDF), LocalDate.now(), Instant.now());
        em.persist(claim);
        return claim.getId();
    }
}
