package jp.medsec.peercheck;

import jp.medsec.shared.RuleViolation;

/**
 * No pairing satisfies the hard rules. {@link #institutionCode()} names the hospital that cannot be matched (null when
 * no single one is to blame, as when the participants' capacities fall short in total); the message says why.
 * Messages {@code rule.peercheck.infeasible}: argument 0 is the code, argument 1 the English reason.
 */
public class Infeasible extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final String institutionCode;

    public Infeasible(String institutionCode, String reason) {
        super("peercheck.infeasible", institutionCode == null ? reason : institutionCode + " " + reason,
                institutionCode, reason);
        this.institutionCode = institutionCode;
    }

    public String institutionCode() {
        return institutionCode;
    }
}
