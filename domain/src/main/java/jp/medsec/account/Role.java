package jp.medsec.account;

/** Who a signed-in person is to the system (DESIGN.md section 6). The names are the Jakarta Security roles. */
public enum Role {
    /** Association staff (育成部会・事務局). */
    STAFF,
    /** The security officer of one institution. */
    INSTITUTION_OFFICER,
    /** A certification holder, seeing their own records. */
    HOLDER,
    /** An e-learning platform's API account: sends training records, nothing else. */
    TRAINING_PROVIDER;

    public static final String STAFF_NAME = "STAFF";
    public static final String INSTITUTION_OFFICER_NAME = "INSTITUTION_OFFICER";
    public static final String HOLDER_NAME = "HOLDER";
    public static final String TRAINING_PROVIDER_NAME = "TRAINING_PROVIDER";
}
