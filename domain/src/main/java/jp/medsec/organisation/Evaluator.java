package jp.medsec.organisation;

/**
 * The requirements the system can judge from what it knows of an institution's security organisation and its people's
 * Group A/B/C. The audit pre-fills these with the verdict and the reason; a person may still change them.
 */
public enum Evaluator {
    IS_DEPARTMENT,
    CISO_PLACED,
    ASSISTANT_AS_NEEDED,
    CISO_OR_ASSISTANT_FULL_TIME,
    CISO_OR_ASSISTANT_GROUP_A,
    CISO_OR_ASSISTANT_GROUP_B,
    GROUP_C_IN_DEPARTMENTS,
    SECURITY_COMMITTEE,
    SAFETY_MANAGER_PLACED,
    SAFETY_MANAGER_OR_ASSISTANT_GROUP_C;

    /** The rule of the given evaluator code (a catalogue item's), or null if it is none of these. */
    public static Evaluator byCode(String code) {
        if (code == null) {
            return null;
        }
        for (Evaluator known : values()) {
            if (known.name().equals(code)) {
                return known;
            }
        }
        return null;
    }
}
