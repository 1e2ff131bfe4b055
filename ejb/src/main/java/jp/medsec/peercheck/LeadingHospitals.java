package jp.medsec.peercheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionTier;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The LEADING hospitals another hospital may turn to (for a security check, for advice), nearest first by the
 * distance between prefectural offices that the mutual checks use. There are a few hundred of them.
 */
@ApplicationScoped
public class LeadingHospitals {

    /** A hospital to choose, with the distance from the one choosing (0 inside one prefecture). */
    public record Candidate(String institutionCode, String name, String prefectureJa, String prefectureEn,
                            BigDecimal distanceKm) {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private PeerCheckCycles cycles;

    /** Every LEADING hospital but {@code from} itself, nearest first, then by code. */
    public List<Candidate> nearest(Institution from) {
        return em.createQuery("select i from Institution i join fetch i.prefecture where i.tier = :leading "
                        + "and i.id <> :self", Institution.class).setParameter("leading", InstitutionTier.LEADING)
                .setParameter("self", from.getId()).getResultStream()
                .map(i -> new Candidate(i.getInstitutionCode(), i.getName(), i.getPrefecture().getNameJa(),
                        i.getPrefecture().getNameEn(), cycles.distance(from, i)))
                .sorted(Comparator.comparing(Candidate::distanceKm).thenComparing(Candidate::institutionCode)).toList();
    }
}
