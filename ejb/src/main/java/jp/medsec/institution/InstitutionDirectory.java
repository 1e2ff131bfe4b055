package jp.medsec.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.medsec.account.Role;
import jp.medsec.shared.JapaneseDates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Staff's list of institutions: by prefecture, tier and name, with their outstanding and overdue findings. */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class InstitutionDirectory {

    public record Query(Integer prefecture, InstitutionTier tier, String text) implements java.io.Serializable {
    }

    public record Row(long id, String institutionCode, String name, int prefecture, InstitutionTier tier, int beds, InstitutionTier recommended,
                      boolean belowRecommended, long openFindings, long overdueFindings) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private OutstandingFindings outstandingFindings;

    /** Every institution, or those of a tier, by institution code (the list other systems read). */
    public List<Institution> listed(InstitutionTier tier) {
        return em.createQuery("select i from Institution i join fetch i.prefecture where (:tier is null or i.tier = :tier) "
                        + "order by i.institutionCode, i.id", Institution.class)
                .setParameter("tier", tier).getResultList();
    }

    public long count(Query query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(i) from Institution i" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    public List<Row> search(Query query, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Institution> q = em.createQuery("select i from Institution i join fetch i.prefecture" + where(query, params)
                + " order by i.prefecture.code, i.tier, i.name, i.id", Institution.class);
        params.forEach(q::setParameter);
        List<Institution> page = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, OutstandingFindings.Counts> findings = outstandingFindings.of(page, JapaneseDates.today());
        return page.stream().map(i -> {
            OutstandingFindings.Counts counts = findings.getOrDefault(i.getId(), OutstandingFindings.Counts.NONE);
            return new Row(i.getId(), i.getInstitutionCode(), i.getName(), i.getPrefecture().getCode(), i.getTier(), i.getBeds(),
                    i.recommendedTier().minimumTier(), i.isBelowRecommendedTier(), counts.outstanding(), counts.overdue());
        }).toList();
    }

    private static String where(Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.prefecture() != null) {
            where.append(" and i.prefecture.code = :prefecture");
            params.put("prefecture", query.prefecture());
        }
        if (query.tier() != null) {
            where.append(" and i.tier = :tier");
            params.put("tier", query.tier());
        }
        if (query.text() != null && InstitutionCode.isWellFormed(query.text())) {
            where.append(" and i.institutionCode = :code");
            params.put("code", InstitutionCode.parse(query.text()).value());
        } else if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (i.name like :text escape '!' or i.institutionCode like :text escape '!')");
            params.put("text", "%" + query.text().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return where.toString();
    }
}
