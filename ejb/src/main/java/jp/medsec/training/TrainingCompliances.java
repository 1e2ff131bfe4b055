package jp.medsec.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.NotFound;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The stored results of the training-compliance job (API.md): an institution's figures for a fiscal year from the
 * job's last run, with who was missing. Its officer and staff read them; any other institution is not found.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class TrainingCompliances {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    /** One institution's figures in one run. */
    public record Result(long id, String institutionCode, int fiscalYear, LocalDate asOf, InstitutionTier tier,
                         long inScope, long trained, Instant computedAt) {

        public BigDecimal rate() {
            return ComplianceRule.rate(trained, inScope);
        }

        public List<TrainingKind> qualifyingKinds() {
            return ComplianceRule.qualifyingKinds(tier);
        }
    }

    /** The institution's figures from the last run for the fiscal year; empty before any run. */
    public Optional<Result> latest(String institutionCode, int fiscalYear) {
        Long institutionId = em.createQuery("select i.id from Institution i where i.institutionCode = :c", Long.class)
                .setParameter("c", institutionCode).getResultStream().findFirst().orElse(null);
        if (institutionId == null || !(access.isStaff() || access.isOwn(institutionId))) {
            throw new NotFound("There is no institution " + institutionCode);
        }
        List<?> rows = em.createNativeQuery("SELECT t.id, t.fiscal_year, t.as_of, t.tier, t.in_scope, t.trained, "
                        + "t.computed_at FROM training_compliance t WHERE t.institution_id = ? AND t.fiscal_year = ? "
                        + "ORDER BY t.computed_at DESC, t.id DESC LIMIT 1")
                .setParameter(1, institutionId).setParameter(2, fiscalYear).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Result(((Number) r[0]).longValue(), institutionCode, ((Number) r[1]).intValue(),
                localDate(r[2]), InstitutionTier.valueOf((String) r[3]), ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(), instant(r[6])));
    }

    /** The staff numbers missing in that result, sorted. */
    public List<String> missing(Result result) {
        return em.createNativeQuery("SELECT staff_number FROM training_compliance_missing WHERE compliance_id = ? "
                        + "ORDER BY staff_number", String.class)
                .setParameter(1, result.id()).getResultList().stream().map(String.class::cast).toList();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
