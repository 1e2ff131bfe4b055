package jp.medsec.certification;

import java.time.Instant;
import java.time.LocalDate;

public record DeferralRow(long id, String holderName, String certificateNumber, CertificationType type,
                          DeferralRequest.Reason reason, String note, int yearsRequested, DeferralRequest.State state,
                          Instant submittedAt, LocalDate validUntil, String decidedBy, String decisionNote) implements java.io.Serializable {

    static DeferralRow of(DeferralRequest d) {
        Certification c = d.getCertification();
        return new DeferralRow(d.getId(), c.getHolder().getFullName(), c.getCertificateNumber(), c.getType(), d.getReason(),
                d.getNote(), d.getYearsRequested(), d.getState(), d.getSubmittedAt(), c.getValidUntil(), d.getDecidedBy(),
                d.getDecisionNote());
    }
}
