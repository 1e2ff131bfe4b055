package jp.medsec.checklist;

/** A vendor link that cannot be used: unknown (or forged), already used, or expired. */
@jakarta.ejb.ApplicationException(rollback = true)
public class VendorLinkRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final VendorToken.Refusal refusal;

    public VendorLinkRefused(VendorToken.Refusal refusal) {
        super(switch (refusal) {
            case UNKNOWN -> "This link is not valid.";
            case USED -> "This link has already been used: the answers were submitted.";
            case EXPIRED -> "This link has expired: ask the institution for a new one.";
        });
        this.refusal = refusal;
    }

    public VendorToken.Refusal refusal() {
        return refusal;
    }
}
