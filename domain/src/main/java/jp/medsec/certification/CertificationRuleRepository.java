package jp.medsec.certification;

import java.time.LocalDate;
import java.util.Optional;

public interface CertificationRuleRepository {

    /** The rule of the type in force on the given day: the newest with effective_from on or before it. */
    Optional<CertificationRule> inForce(CertificationType type, LocalDate day);
}
