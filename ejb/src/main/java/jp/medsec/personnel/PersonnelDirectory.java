package jp.medsec.personnel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jp.medsec.account.Role;
import jp.medsec.certification.Holder;
import jp.medsec.certification.Kana;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff's list of security personnel: persons with a profile, by group, prefecture and name, and who is due for a
 * continuing topic (CONT-A/B/C) by a given day — a topic is due when it was never taken or last taken longer ago than
 * its interval (course_module.interval_months, 12 by default). Filters, order and paging run in the database.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class PersonnelDirectory {

    /**
     * What staff filter by; every field may be null. {@code ungrouped} asks for persons meeting no group;
     * {@code institution} is an institution code, or a part of the name of the institution the person works at.
     */
    public record Query(Group group, boolean ungrouped, Integer prefecture, String text, LocalDate dueBy, String institution)
            implements java.io.Serializable {

        /**
         * The query a list's filters give, as the page and its CSV both read them: {@code group} is A, B, C, NONE (no
         * group) or blank (any; another word is refused); blank texts are no filter.
         */
        public static Query of(String group, Integer prefecture, String text, LocalDate dueBy, String institution) {
            boolean none = "NONE".equals(group);
            Group chosen = group == null || group.isBlank() || none ? null : Group.valueOf(group.strip());
            return new Query(chosen, none, prefecture, blankToNull(text), dueBy, blankToNull(institution));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** One person as listed: the last day each continuing topic was taken, and the topics due by the day asked. */
    public record Row(long holderId, String name, String kana, int prefecture, String institutionName, Group group,
                      Map<String, LocalDate> lastContinuing, List<String> due) implements java.io.Serializable {

        public LocalDate last(String topic) {
            return lastContinuing.get(topic);
        }
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CourseCatalogue catalogue;

    public long count(Query query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        TypedQuery<Long> count = em.createQuery("select count(p) from PersonnelProfile p join Holder h on h.id = p.holderId"
                + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    public List<Row> search(Query query, int first, int max) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        TypedQuery<Long> ids = em.createQuery("select p.holderId from PersonnelProfile p join Holder h on h.id = p.holderId"
                + where + " order by p.computedGroup, h.familyNameKana, h.givenNameKana, h.id", Long.class);
        params.forEach(ids::setParameter);
        List<Long> page = ids.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Holder> holders = em.createQuery("select h from Holder h join fetch h.prefecture left join fetch "
                        + "h.institution where h.id in :ids",
                Holder.class).setParameter("ids", page).getResultStream().collect(Collectors.toMap(Holder::getId,
                Function.identity()));
        Map<Long, Group> groups = new HashMap<>();
        em.createQuery("select p.holderId, p.computedGroup from PersonnelProfile p where p.holderId in :ids", Object[].class)
                .setParameter("ids", page).getResultList().forEach(r -> groups.put((Long) r[0], (Group) r[1]));
        Map<Long, Map<String, LocalDate>> last = new HashMap<>();
        em.createQuery("select m.holderId, m.moduleCode, max(m.completedOn) from ModuleCompletion m where m.holderId in :ids "
                        + "and m.moduleCode in :topics group by m.holderId, m.moduleCode", Object[].class)
                .setParameter("ids", page).setParameter("topics", Modules.CONTINUING).getResultList()
                .forEach(r -> last.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (LocalDate) r[2]));
        LocalDate day = query.dueBy() == null ? JapaneseDates.today() : query.dueBy();
        Map<String, LocalDate> cutoffs = cutoffs(day);
        List<Row> rows = new ArrayList<>();
        for (Long id : page) {
            Holder h = holders.get(id);
            Map<String, LocalDate> taken = last.getOrDefault(id, Map.of());
            Group group = groups.get(id);
            List<String> due = group == null ? List.of() : Modules.CONTINUING.stream()
                    .filter(t -> taken.get(t) == null || !taken.get(t).isAfter(cutoffs.get(t))).toList();
            rows.add(new Row(id, h.getFullName(), h.getFullNameKana(), h.getPrefecture().getCode(),
                    h.getInstitution() == null ? null : h.getInstitution().getName(), group, taken, due));
        }
        return rows;
    }

    /** For each continuing topic, the day after which a completion still counts on {@code day}. */
    private Map<String, LocalDate> cutoffs(LocalDate day) {
        Map<String, CourseModule> modules = catalogue.byCode();
        Map<String, LocalDate> cutoffs = new LinkedHashMap<>();
        for (String topic : Modules.CONTINUING) {
            Integer interval = modules.get(topic).getIntervalMonths();
            cutoffs.put(topic, day.minusMonths(interval == null ? 12 : interval));
        }
        return cutoffs;
    }

    private String where(Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.ungrouped()) {
            where.append(" and p.computedGroup is null");
        } else if (query.group() != null) {
            where.append(" and p.computedGroup = :group");
            params.put("group", query.group());
        }
        if (query.prefecture() != null) {
            where.append(" and h.prefecture.code = :prefecture");
            params.put("prefecture", query.prefecture());
        }
        if (query.text() != null && !query.text().isBlank()) {
            String compact = query.text().replaceAll("[\\s\u3000]+", "");
            where.append(" and (concat(h.familyName, h.givenName) like :name escape '!'"
                    + " or concat(h.familyNameKana, h.givenNameKana) like :kana escape '!')");
            params.put("name", "%" + escapeLike(compact) + "%");
            params.put("kana", "%" + escapeLike(Kana.toKatakana(compact)) + "%");
        }
        if (query.institution() != null && !query.institution().isBlank()) {
            String wanted = query.institution().strip();
            where.append(" and (h.institution.institutionCode = :institutionCode or h.institution.name like :institutionName"
                    + " escape '!')");
            params.put("institutionCode", wanted);
            params.put("institutionName", "%" + escapeLike(wanted) + "%");
        }
        if (query.dueBy() != null) {
            where.append(" and p.computedGroup is not null and (");
            List<String> topics = Modules.CONTINUING;
            Map<String, LocalDate> cutoffs = cutoffs(query.dueBy());
            for (int i = 0; i < topics.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("not exists (select 1 from ModuleCompletion m where m.holderId = "
                        + "p.holderId and m.moduleCode = :topic").append(i).append(" and m.completedOn > :cutoff").append(i)
                        .append(")");
                params.put("topic" + i, topics.get(i));
                params.put("cutoff" + i, cutoffs.get(topics.get(i)));
            }
            where.append(")");
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
