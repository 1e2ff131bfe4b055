package jp.medsec.certification;

import java.time.Instant;
import java.time.LocalDate;

/** A renewal application with the facts staff check: the transcript now, against the rule. */
public record RenewalRow(long id, long holderId, String holderName, String certificateNumber, CertificationType type,
                         LocalDate cycleEnd, RenewalState state, Instant submittedAt, int pointsNow, int requiredPoints,
                         boolean seminarMissing, boolean meetsRequirements, LocalDate feePaidOn, Integer feeYen,
                         int feeRequired, String decidedBy, String returnReasons) implements java.io.Serializable {
}
