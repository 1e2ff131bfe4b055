package jp.medsec.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.NativeValues;
import jp.medsec.shared.NotFound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The stored results of the training-compliance job (API.md): an institution's figures for a fiscal year from the
 * job's last run, with who was missing, its trend over fiscal years and the missing by department. Its officer and
 * staff read them; any other institution is not found.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class TrainingCompliances {

    private static final String COLUMNS = "t.id, t.fiscal_year, t.as_of, t.tier, t.in_scope, t.trained, t.computed_at, "
            + "i.institution_code";

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    /** One institution's figures in one run. */
    public record Result(long id, String institutionCode, int fiscalYear, LocalDate asOf, InstitutionTier tier,
                         long inScope, long trained, Instant computedAt) implements java.io.Serializable {

        public BigDecimal rate() {
            return ComplianceRule.rate(trained, inScope);
        }

        public long missing() {
            return inScope - trained;
        }

        public List<TrainingKind> qualifyingKinds() {
            return ComplianceRule.qualifyingKinds(tier);
        }
    }

    /** How many of a department were missing (the department null for staff without one). */
    public record DepartmentMissing(String department, long missing) implements java.io.Serializable {
    }

    /** One person in scope and not trained, as they were on the roster on the day. */
    public record Missing(String staffNumber, String name, String department) implements java.io.Serializable {
    }

    /** The institution's figures from the last run for the fiscal year; empty before any run. */
    public Optional<Result> latest(String institutionCode, int fiscalYear) {
        return latest(access.readableByCode(institutionCode), fiscalYear);
    }

    /** The same, by institution id. */
    public Optional<Result> latest(long institutionId, int fiscalYear) {
        access.readable(institutionId);
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM training_compliance t JOIN institution i "
                        + "ON i.id = t.institution_id WHERE t.institution_id = ? AND t.fiscal_year = ? "
                        + "ORDER BY t.computed_at DESC, t.id DESC LIMIT 1")
                .setParameter(1, institutionId).setParameter(2, fiscalYear).getResultList();
        return rows.stream().findFirst().map(TrainingCompliances::result);
    }

    /** The last result of each fiscal year the job has run for, oldest first (the trend). */
    public List<Result> trend(long institutionId) {
        access.readable(institutionId);
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM (SELECT t.*, ROW_NUMBER() OVER (PARTITION BY "
                        + "t.fiscal_year ORDER BY t.computed_at DESC, t.id DESC) AS n FROM training_compliance t "
                        + "WHERE t.institution_id = ?) t JOIN institution i ON i.id = t.institution_id WHERE t.n = 1 "
                        + "ORDER BY t.fiscal_year")
                .setParameter(1, institutionId).getResultList();
        return rows.stream().map(TrainingCompliances::result).toList();
    }

    /** The staff numbers missing in that result, sorted. */
    public List<String> missing(Result result) {
        return em.createNativeQuery("SELECT staff_number FROM training_compliance_missing WHERE compliance_id = ? "
                        + "ORDER BY staff_number", String.class)
                .setParameter(1, result.id()).getResultList().stream().map(String.class::cast).toList();
    }

    /** Who was missing, counted per department, the most missing first. */
    public List<DepartmentMissing> missingByDepartment(long complianceId) {
        readable(complianceId);
        List<?> rows = em.createNativeQuery("SELECT department, COUNT(*) FROM training_compliance_missing "
                        + "WHERE compliance_id = ? GROUP BY department ORDER BY COUNT(*) DESC, department")
                .setParameter(1, complianceId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new DepartmentMissing((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** How many were missing, of one department if given ("" for those without one). */
    public long countMissing(long complianceId, String department) {
        readable(complianceId);
        var query = em.createNativeQuery("SELECT COUNT(*) FROM training_compliance_missing WHERE compliance_id = ?1"
                + departmentFilter(department));
        bind(query, complianceId, department);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A page of who was missing, by department and staff number. */
    public List<Missing> missingPage(long complianceId, String department, int first, int max) {
        readable(complianceId);
        var query = em.createNativeQuery("SELECT staff_number, name, department FROM training_compliance_missing "
                + "WHERE compliance_id = ?1" + departmentFilter(department) + " ORDER BY department, staff_number");
        bind(query, complianceId, department);
        List<?> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Missing((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Every missing person, streamed from the database in order (for the CSV download; never all in memory). */
    public Result eachMissing(long complianceId, Consumer<Missing> sink) {
        Result result = readable(complianceId);
        try (java.util.stream.Stream<?> rows = em.createNativeQuery("SELECT staff_number, name, department FROM "
                        + "training_compliance_missing WHERE compliance_id = ? ORDER BY department, staff_number")
                .setParameter(1, complianceId).setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
            rows.map(Object[].class::cast).forEach(r -> sink.accept(new Missing((String) r[0], (String) r[1], (String) r[2])));
        }
        return result;
    }

    private Result readable(long complianceId) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + ", t.institution_id FROM training_compliance t "
                + "JOIN institution i ON i.id = t.institution_id WHERE t.id = ?").setParameter(1, complianceId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("There are no training figures " + complianceId);
        }
        Object[] r = (Object[]) rows.get(0);
        long institutionId = ((Number) r[8]).longValue();
        if (!(access.isStaff() || access.isOwn(institutionId))) {
            throw new NotFound("There are no training figures " + complianceId);
        }
        return result(r);
    }

    private static void bind(jakarta.persistence.Query query, long complianceId, String department) {
        query.setParameter(1, complianceId);
        if (department != null && !department.isEmpty()) {
            query.setParameter(2, department);
        }
    }

    private static String departmentFilter(String department) {
        return department == null ? "" : department.isEmpty() ? " AND department IS NULL" : " AND department = ?2";
    }

    private static Result result(Object row) {
        Object[] r = (Object[]) row;
        return new Result(((Number) r[0]).longValue(), (String) r[7], ((Number) r[1]).intValue(), NativeValues.localDate(r[2]),
                InstitutionTier.valueOf((String) r[3]), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                NativeValues.instant(r[6]));
    }
}
