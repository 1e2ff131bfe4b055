package jp.medsec.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Staff's list of findings still open or in progress after their due date, across every institution, the longest
 * overdue first; counted and paged in the database.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class OverdueFindings {

    private static final String FROM = " FROM finding f JOIN audit a ON a.id = f.audit_id "
            + "JOIN institution i ON i.id = a.institution_id JOIN audit_item ai ON ai.id = f.audit_item_id "
            + "JOIN catalogue_item ci ON ci.id = ai.catalogue_item_id WHERE f.state IN (?1, ?2) AND f.due_date < ?3";

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    /** One overdue finding: where, which requirement, how grave, who owns it, since when it is due. */
    public record Line(long findingId, long auditId, String institutionName, String auditTitle, String requirementCode,
                       String requirementJa, String requirementEn, Severity severity, String owner, LocalDate due,
                       FindingState state) implements Serializable {
    }

    public long count(LocalDate today) {
        return ((Number) parameters(em.createNativeQuery("SELECT COUNT(*)" + FROM), today).getSingleResult()).longValue();
    }

    public List<Line> page(LocalDate today, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = parameters(em.createNativeQuery("SELECT f.id, a.id, i.name, a.title, ci.code, ci.text_ja, "
                + "ci.text_en, f.severity, f.owner, f.due_date, f.state" + FROM + " ORDER BY f.due_date, f.id"), today)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Line(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], Severity.valueOf((String) r[7]), (String) r[8],
                date(r[9]), FindingState.valueOf((String) r[10]))).toList();
    }

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, LocalDate today) {
        return query.setParameter(1, FindingState.OPEN.name()).setParameter(2, FindingState.IN_PROGRESS.name())
                .setParameter(3, today);
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
