package jp.medsec.compliance;

/** How an institution stands against one requirement. NOT_MET and PARTIAL open a finding. */
public enum AuditStatus {
    MET, PARTIAL, NOT_MET, NOT_APPLICABLE;

    public boolean opensFinding() {
        return this == PARTIAL || this == NOT_MET;
    }
}
