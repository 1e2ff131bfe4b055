package jp.medsec.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.institution.InstitutionTier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The nation's training compliance for staff (DESIGN.md section 5): from each institution's last result of the fiscal
 * year (the training-compliance job's figures), the rate per prefecture and per tier, and, paged in the database, the
 * institutions below a chosen rate and those that sent nothing. Everything is counted in MariaDB: about 8,300 rows.
 *
 * <p>"Sent nothing", as the figures show it: no one on the roster on the job's day (no roster sent), or a roster with
 * nobody trained (no training record that counts).
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class NationalTraining {

    /** The institutions' last result of the year, one row each. */
    private static final String LATEST = "(SELECT t.* FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.institution_id "
            + "ORDER BY c.computed_at DESC, c.id DESC) AS n FROM training_compliance c WHERE c.fiscal_year = ?) t "
            + "WHERE t.n = 1)";

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** The figures of a group of institutions (a prefecture, a tier, the nation). */
    public record Area(String key, String nameJa, String nameEn, long institutions, long inScope, long trained,
                       long noRoster, long noneTrained, long allTrained) implements java.io.Serializable {

        public BigDecimal rate() {
            return ComplianceRule.rate(trained, inScope);
        }

        /** The institutions that sent nothing: no roster, or nobody trained. */
        public long sentNothing() {
            return noRoster + noneTrained;
        }
    }

    /** The year at a glance: the nation, each prefecture (JIS code as key), each tier, the job's day. */
    public record Overview(int fiscalYear, LocalDate asOf, Area nation, List<Area> prefectures, List<Area> tiers,
                           long institutionsWithoutFigures) implements java.io.Serializable {
    }

    /** Which institutions a list shows. */
    public enum Filter {
        /** Some staff in scope, and a rate below the one chosen. */
        BELOW,
        /** No roster, or nobody trained. */
        SENT_NOTHING
    }

    /** One institution of a list. */
    public record Line(long institutionId, String institutionCode, String name, int prefecture, InstitutionTier tier,
                       long inScope, long trained, LocalDate asOf) implements java.io.Serializable {

        public BigDecimal rate() {
            return ComplianceRule.rate(trained, inScope);
        }
    }

    public Overview overview(int fiscalYear) {
        List<Area> prefectures = areas(fiscalYear, "LPAD(i.prefecture_code, 2, '0'), p.name_ja, p.name_en");
        List<Area> tiers = areas(fiscalYear, "t.tier, NULL, NULL");
        List<Area> nation = areas(fiscalYear, "'JP', NULL, NULL");
        Object asOf = em.createNativeQuery("SELECT MAX(t.as_of) FROM " + LATEST + " t").setParameter(1, fiscalYear)
                .getSingleResult();
        long without = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM institution i WHERE NOT EXISTS (SELECT 1 "
                + "FROM training_compliance c WHERE c.institution_id = i.id AND c.fiscal_year = ?)")
                .setParameter(1, fiscalYear).getSingleResult()).longValue();
        return new Overview(fiscalYear, asOf == null ? null : date(asOf),
                nation.isEmpty() ? new Area("JP", null, null, 0, 0, 0, 0, 0, 0) : nation.get(0), prefectures, tiers, without);
    }

    /** A page of the institutions the filter picks, the lowest rate first (then by code). */
    public List<Line> institutions(int fiscalYear, Filter filter, BigDecimal below, int first, int max) {
        List<?> rows = em.createNativeQuery("SELECT i.id, i.institution_code, i.name, i.prefecture_code, t.tier, "
                        + "t.in_scope, t.trained, t.as_of FROM " + LATEST + " t JOIN institution i ON i.id = t.institution_id "
                        + "WHERE " + where(filter) + " ORDER BY CASE WHEN t.in_scope = 0 THEN 0 ELSE t.trained / t.in_scope END, "
                        + "i.institution_code LIMIT ? OFFSET ?")
                .setParameter(1, fiscalYear).setParameter(2, rate(below)).setParameter(3, Math.max(1, Math.min(max, 500)))
                .setParameter(4, Math.max(0, first)).getResultList();
        List<Line> lines = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            lines.add(new Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    InstitutionTier.valueOf((String) r[4]), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(),
                    date(r[7])));
        }
        return lines;
    }

    public long count(int fiscalYear, Filter filter, BigDecimal below) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + LATEST + " t WHERE " + where(filter))
                .setParameter(1, fiscalYear).setParameter(2, rate(below)).getSingleResult()).longValue();
    }

    /** The fiscal years the job has figures for, newest first. */
    public List<Integer> years() {
        return em.createNativeQuery("SELECT DISTINCT fiscal_year FROM training_compliance_run ORDER BY fiscal_year DESC")
                .getResultList().stream().map(y -> ((Number) y).intValue()).toList();
    }

    private static String where(Filter filter) {
        // The rate parameter is always bound, so both filters take the same parameters.
        return filter == Filter.BELOW ? "t.in_scope > 0 AND t.trained < t.in_scope * ?"
                : "(t.in_scope = 0 OR t.trained = 0) AND ? IS NOT NULL";
    }

    private static BigDecimal rate(BigDecimal below) {
        if (below == null || below.signum() < 0 || below.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rate: between 0 and 100 %, was " + below);
        }
        return below;
    }

    /** @param key the grouping key and its Japanese and English names, as three select expressions */
    private List<Area> areas(int fiscalYear, String key) {
        List<?> rows = em.createNativeQuery("SELECT " + key + ", COUNT(*), SUM(t.in_scope), SUM(t.trained), "
                        + "SUM(t.in_scope = 0), SUM(t.in_scope > 0 AND t.trained = 0), "
                        + "SUM(t.in_scope > 0 AND t.trained >= t.in_scope) FROM " + LATEST + " t "
                        + "JOIN institution i ON i.id = t.institution_id JOIN prefecture p ON p.code = i.prefecture_code "
                        + "GROUP BY 1, 2, 3 ORDER BY 1")
                .setParameter(1, fiscalYear).getResultList();
        List<Area> areas = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            areas.add(new Area(String.valueOf(r[0]), (String) r[1], (String) r[2], n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                    n(r[7]), n(r[8])));
        }
        return areas;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
