/**
 * The mutual security checks (相互チェック) between LEADING hospitals: who checks whom in a fiscal year's cycle. The
 * pairing is computed by a {@link jp.medsec.peercheck.PairingSolver} from a {@link jp.medsec.peercheck.PairingProblem};
 * the hard rules are those of API.md ("Mutual security checks").
 */
package jp.medsec.peercheck;
