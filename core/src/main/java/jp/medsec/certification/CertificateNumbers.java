package jp.medsec.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/** Hands out certificate numbers: the next serials of the type (the unique constraint guards a race between issuers). */
@ApplicationScoped
public class CertificateNumbers {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public CertificateNumber next(CertificationType type) {
        return next(type, 1).get(0);
    }

    /** The next {@code count} numbers of the type, for certifications stored together (an import's chunk). */
    public List<CertificateNumber> next(CertificationType type, int count) {
        // Numbers of a type share its prefix and are zero-padded, so the greatest string is the greatest serial.
        String highest = em.createQuery("select max(c.certificateNumber) from Certification c where c.type = :type "
                        + "and c.certificateNumber like :prefix", String.class)
                .setParameter("type", type).setParameter("prefix", type.numberPrefix() + "-________")
                .getSingleResult();
        long serial = highest == null ? 1 : Long.parseLong(highest.substring(highest.indexOf('-') + 1)) + 1;
        List<CertificateNumber> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            numbers.add(CertificateNumber.of(type, serial + i));
        }
        return numbers;
    }
}
