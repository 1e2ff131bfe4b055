package jp.medsec.personnel;

/** A role in an HIS introduction or renewal: led it (LED, which also counts as PARTICIPATED) or took part. */
public enum HisIntroduction {
    LED, PARTICIPATED
}
