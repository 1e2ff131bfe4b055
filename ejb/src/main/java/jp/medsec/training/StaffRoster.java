package jp.medsec.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.medsec.account.Role;
import jp.medsec.institution.InstitutionAccess;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An institution's staff roster as its officer (or staff) reads it: searched and filtered by department in the
 * database a page at a time, leavers kept and shown as such, each person's last training beside them.
 */
@Stateless
@RolesAllowed({Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME})
public class StaffRoster {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    /**
     * @param text       part of the name, its kana, or the start of the staff number; blank for everyone
     * @param department one department ("" for those without one); null for every department
     * @param leavers    whether those who have left are listed too
     */
    public record Query(String text, String department, boolean leavers) implements java.io.Serializable {
    }

    /** One person, with the date of their latest training record of any kind (null: none). */
    public record Row(long id, String staffNumber, String name, String nameKana, String department, String jobCategory,
                      LocalDate employedFrom, LocalDate employedUntil, LocalDate lastTrained) implements java.io.Serializable {

        public boolean isLeaver(LocalDate today) {
            return employedUntil != null && employedUntil.isBefore(today);
        }
    }

    public long count(long institutionId, Query query) {
        access.readable(institutionId);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(s) from StaffMember s" + where(institutionId, query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    public List<Row> page(long institutionId, Query query, int first, int max) {
        access.readable(institutionId);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<StaffMember> q = em.createQuery("select s from StaffMember s" + where(institutionId, query, params)
                + " order by s.department, s.staffNumber", StaffMember.class);
        params.forEach(q::setParameter);
        List<StaffMember> page = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> last = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT staff_member_id, MAX(attended_on) FROM training_record "
                        + "WHERE staff_member_id IN (:ids) GROUP BY staff_member_id")
                .setParameter("ids", page.stream().map(StaffMember::getId).toList()).getResultList()) {
            Object[] r = (Object[]) row;
            last.put(((Number) r[0]).longValue(), r[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[1]);
        }
        return page.stream().map(s -> new Row(s.getId(), s.getStaffNumber(), s.getName(), s.getNameKana(), s.getDepartment(),
                s.getJobCategory(), s.getEmployedFrom(), s.getEmployedUntil(), last.get(s.getId()))).toList();
    }

    /** The departments on the roster, in order (for the filter). */
    public List<String> departments(long institutionId) {
        access.readable(institutionId);
        return em.createQuery("select distinct s.department from StaffMember s where s.institution.id = :i "
                        + "and s.department is not null order by s.department", String.class)
                .setParameter("i", institutionId).getResultList();
    }

    private static String where(long institutionId, Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where s.institution.id = :institution");
        params.put("institution", institutionId);
        if (query.department() != null) {
            if (query.department().isEmpty()) {
                where.append(" and s.department is null");
            } else {
                where.append(" and s.department = :department");
                params.put("department", query.department());
            }
        }
        if (!query.leavers()) {
            where.append(" and (s.employedUntil is null or s.employedUntil >= :today)");
            params.put("today", jp.medsec.shared.JapaneseDates.today());
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.append(" and (s.staffNumber like :prefix escape '\\' or s.name like :part escape '\\' "
                    + "or s.nameKana like :part escape '\\')");
            params.put("prefix", escaped + "%");
            params.put("part", "%" + escaped + "%");
        }
        return where.toString();
    }
}
