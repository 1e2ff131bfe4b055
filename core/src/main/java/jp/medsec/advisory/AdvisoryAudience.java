package jp.medsec.advisory;

/**
 * The SQL that says whether an institution is in an advisory's audience, the same rule as {@link Advisory#reaches}:
 * no tier named or its tier named, and no prefecture named or its prefecture named. For set-based reads (counts, the
 * mail jobs) over thousands of institutions.
 */
public final class AdvisoryAudience {

    private AdvisoryAudience() {
    }

    /**
     * @param advisoryId  the SQL expression of the advisory's id (a column or a placeholder)
     * @param institution the alias of the {@code institution} table
     */
    public static String reaches(String advisoryId, String institution) {
        return "(NOT EXISTS (SELECT 1 FROM advisory_tier at0 WHERE at0.advisory_id = " + advisoryId + ") "
                + "OR EXISTS (SELECT 1 FROM advisory_tier at1 WHERE at1.advisory_id = " + advisoryId
                + " AND at1.tier = " + institution + ".tier)) "
                + "AND (NOT EXISTS (SELECT 1 FROM advisory_prefecture ap0 WHERE ap0.advisory_id = " + advisoryId + ") "
                + "OR EXISTS (SELECT 1 FROM advisory_prefecture ap1 WHERE ap1.advisory_id = " + advisoryId
                + " AND ap1.prefecture_code = " + institution + ".prefecture_code))";
    }
}
