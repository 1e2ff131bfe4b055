package jp.medsec.claims;

import jakarta.ejb.ApplicationException;

/** Another staff member decided the claim first; nothing was changed by this attempt. */
@ApplicationException(rollback = true)
public class ClaimConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long claimId;

    public ClaimConflictException(long claimId, String message) {
        super(message);
        this.claimId = claimId;
    }

    public long getClaimId() {
        return claimId;
    }
}
