package jp.medsec.personnel;

/** How HIS management was held: 専従 (exclusively), 専任 (as main duty), other. Stricter modes count for looser. */
public enum ManagementMode {
    SENJU, SENNIN, OTHER
}
