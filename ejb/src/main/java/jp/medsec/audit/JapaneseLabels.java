package jp.medsec.audit;

import jp.medsec.compliance.AuditStatus;

import java.util.Map;

/** The Japanese words of an audit's states, for what the server writes itself: the history and the PDF report. */
final class JapaneseLabels {

    static final Map<AuditStatus, String> STATUS = Map.of(AuditStatus.MET, "充足", AuditStatus.PARTIAL, "一部充足",
            AuditStatus.NOT_MET, "未充足", AuditStatus.NOT_APPLICABLE, "対象外");
    static final Map<Severity, String> SEVERITY = Map.of(Severity.HIGH, "高", Severity.MEDIUM, "中", Severity.LOW, "低");
    static final Map<FindingState, String> STATE = Map.of(FindingState.OPEN, "未対応", FindingState.IN_PROGRESS, "対応中",
            FindingState.RESOLVED, "是正済み", FindingState.VERIFIED, "確認済み");
    static final Map<AuditKind, String> KIND = Map.of(AuditKind.SELF_ASSESSMENT, "自己評価",
            AuditKind.STAFF_AUDIT, "事務局による監査", AuditKind.PEER_CHECK, "相互チェック");

    private JapaneseLabels() {
    }
}
