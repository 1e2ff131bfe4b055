package jp.medsec.claims;

import java.time.Instant;
import java.time.LocalDate;

/** A claim as the queue and the holder's page list it. */
public record ClaimRow(long id, int version, long holderId, String holderName, String category, int points,
                       LocalDate earnedOn, String description, String evidenceName, int evidenceBytes, ClaimState state,
                       Instant submittedAt, String decidedBy, Instant decidedAt, String rejectionReason, boolean auditSample) implements java.io.Serializable {

    static ClaimRow of(Claim c) {
        return new ClaimRow(c.getId(), c.getVersion(), c.getHolder().getId(), c.getHolder().getFullName(), c.getCategory(),
                c.getPoints(), c.getEarnedOn(), c.getDescription(), c.getEvidence().getFileName(),
                c.getEvidence().getSizeBytes(), c.getState(), c.getSubmittedAt(), c.getDecidedBy(), c.getDecidedAt(),
                c.getRejectionReason(), c.isAuditSample());
    }
}
