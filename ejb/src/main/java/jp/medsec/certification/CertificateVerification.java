package jp.medsec.certification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Optional;

/** Public verification of a certificate by its number (API.md "Certificates"): anyone may ask, nothing else shows. */
@Stateless
@PermitAll
// Reads only, mostly from the second-level cache: no transaction (and no database connection on a cache hit).
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class CertificateVerification {

    /** The facts a verifier sees. */
    public record VerifiedCertificate(String number, CertificationType type, String holderName, CertificationStatus status,
                                      LocalDate validFrom, LocalDate validUntil) {
    }

    @Inject
    private HolderRepository holders;

    public Optional<VerifiedCertificate> verify(CertificateNumber number) {
        return holders.findCertificate(number).map(c -> new VerifiedCertificate(c.getCertificateNumber(), c.getType(),
                c.getHolder().getFullName(), c.getStatus(), c.getValidFrom(), c.getValidUntil()));
    }
}
