package jp.medsec.organisation;

/**
 * The places in an institution's security organisation (seed 002 section 1): 統括情報セキュリティ責任者 (CISO) and
 * assistants, 医療情報システム安全管理責任者 and assistants, and Group C people placed in departments.
 */
public enum SecurityRoleKind {
    CISO, CISO_ASSISTANT, SAFETY_MANAGER, SAFETY_MANAGER_ASSISTANT, DEPARTMENT_GROUP_C;

    public boolean needsDepartment() {
        return this == DEPARTMENT_GROUP_C;
    }
}
