package jp.medsec.peercheck;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jp.medsec.account.Role;
import jp.medsec.audit.Audits;

/**
 * Starts the audit a confirmed check is carried out on, with the association's authority (starting a peer check is
 * staff's): the timeline calls it only for a check whose hospitals it has already verified the caller belongs to. A
 * local bean, reachable from this application's own code only.
 */
@Stateless
@PermitAll
@RunAs(Role.STAFF_NAME)
public class PeerCheckAudits {

    @Inject
    private Audits audits;

    /** The PEER_CHECK audit of the checked hospital, carried out by the checker, on its tier's current catalogue. */
    public long start(PeerCheck check) {
        return audits.startPeerCheck(check.getChecked().getId(), check.getChecker().getId(),
                check.getFiscalYear() + "年度 " + (check.getKind() == CheckKind.SECURITY ? "セキュリティチェック"
                        : "相互チェック") + "（" + check.getChecker().getName() + "）", null);
    }
}
