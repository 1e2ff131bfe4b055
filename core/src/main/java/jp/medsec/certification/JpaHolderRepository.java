package jp.medsec.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Holder queries in JPQL; search pages are cut in the database (ids first, then one fetch for the page). */
@ApplicationScoped
public class JpaHolderRepository implements HolderRepository {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Optional<Holder> find(long id) {
        return em.createQuery("select h from Holder h join fetch h.prefecture left join fetch h.institution "
                        + "where h.id = :id", Holder.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<HolderSummary> search(HolderSearch search, HolderSearch.Sort sort, boolean ascending, int first, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, params);
        String direction = ascending ? " asc" : " desc";
        String orderBy = switch (sort == null ? HolderSearch.Sort.KANA : sort) {
            case KANA -> "h.familyNameKana" + direction + ", h.givenNameKana" + direction;
            case NAME -> "h.familyName" + direction + ", h.givenName" + direction;
            case PREFECTURE -> "h.prefecture.code" + direction + ", h.familyNameKana, h.givenNameKana";
            case ID -> "h.id" + direction;
        };
        TypedQuery<Long> idQuery = em.createQuery("select h.id from Holder h" + where + " order by " + orderBy + ", h.id",
                Long.class);
        params.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Holder> holders = new HashMap<>();
        em.createQuery("select h from Holder h join fetch h.prefecture left join fetch h.institution where h.id in :ids",
                        Holder.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(h -> holders.put(h.getId(), h));
        Map<Long, List<HolderSummary.CertificationSummary>> certifications = new LinkedHashMap<>();
        em.createQuery("select c from Certification c where c.holder.id in :ids order by c.type", Certification.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(c -> certifications.computeIfAbsent(c.getHolder().getId(), k -> new ArrayList<>())
                        .add(new HolderSummary.CertificationSummary(c.getType(), c.getCertificateNumber(), c.getStatus(),
                                c.getValidUntil())));
        List<HolderSummary> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Holder h = holders.get(id);
            page.add(new HolderSummary(id, h.getFullName(), h.getFullNameKana(), h.getPrefecture().getCode(),
                    h.getPrefecture().getNameJa(), h.getPrefecture().getNameEn(),
                    h.getInstitution() == null ? null : h.getInstitution().getName(),
                    List.copyOf(certifications.getOrDefault(id, List.of()))));
        }
        return page;
    }

    @Override
    public long count(HolderSearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(h) from Holder h" + where(search, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public Optional<Certification> findCertificate(CertificateNumber number) {
        // By natural id: answered from the second-level cache once seen, the database only on a miss.
        return em.unwrap(org.hibernate.Session.class).bySimpleNaturalId(Certification.class).loadOptional(number.value());
    }

    private static final List<CertificationStatus> CURRENT = List.of(CertificationStatus.ACTIVE,
            CertificationStatus.RENEWAL_DUE, CertificationStatus.DEFERRED);

    @Override
    public List<DirectoryEntry> directory(DirectorySearch search, int first, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> idQuery = em.createQuery("select h.id from Holder h" + directoryWhere(search, params)
                + " order by h.familyNameKana, h.givenNameKana, h.id", Long.class);
        params.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Holder> holders = new HashMap<>();
        em.createQuery("select h from Holder h join fetch h.prefecture left join fetch h.institution where h.id in :ids",
                        Holder.class).setParameter("ids", ids).getResultList().forEach(h -> holders.put(h.getId(), h));
        Map<Long, List<CertificationType>> types = new HashMap<>();
        em.createQuery("select c.holder.id, c.type from Certification c where c.holder.id in :ids and c.status in :current "
                        + "order by c.type", Object[].class)
                .setParameter("ids", ids).setParameter("current", CURRENT).getResultList()
                .forEach(row -> types.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((CertificationType) row[1]));
        return ids.stream().map(holders::get).map(h -> new DirectoryEntry(h.getFullName(), h.getFullNameKana(),
                h.getPrefecture().getNameJa(), h.getPrefecture().getNameEn(),
                h.getInstitution() == null ? null : h.getInstitution().getName(),
                List.copyOf(types.getOrDefault(h.getId(), List.of())))).toList();
    }

    @Override
    public long directoryCount(DirectorySearch search) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(h) from Holder h" + directoryWhere(search, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Only holders who agreed, and only while they hold a current certification (of the type asked for). */
    private static String directoryWhere(DirectorySearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where h.directoryConsent = true and exists (select c.id from "
                + "Certification c where c.holder = h and c.status in :current");
        params.put("current", CURRENT);
        if (search.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", search.type());
        }
        where.append(")");
        if (search.name() != null) {
            String compact = search.name().replaceAll("[\\s\u3000]+", "");
            where.append(" and (concat(h.familyName, h.givenName) like :name escape '!'"
                    + " or concat(h.familyNameKana, h.givenNameKana) like :kana escape '!')");
            params.put("name", "%" + escapeLike(compact) + "%");
            params.put("kana", "%" + escapeLike(Kana.toKatakana(compact)) + "%");
        }
        if (search.prefectureCode() != null) {
            where.append(" and h.prefecture.code = :prefecture");
            params.put("prefecture", search.prefectureCode());
        }
        return where.toString();
    }

    private static String where(HolderSearch search, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (search.text() != null) {
            String text = search.text();
            if (CertificateNumber.isWellFormed(text)) {
                where.append(" and exists (select c.id from Certification c where c.holder = h and c.certificateNumber = :number)");
                params.put("number", CertificateNumber.parse(text).value());
            } else {
                String compact = text.replaceAll("[\\s\u3000]+", "");
                where.append(" and (concat(h.familyName, h.givenName) like :name escape '!'"
                        + " or concat(h.familyNameKana, h.givenNameKana) like :kana escape '!'"
                        + " or h.email like :name escape '!'"
                        + " or exists (select c.id from Certification c where c.holder = h"
                        + " and c.certificateNumber like :numberPrefix escape '!'))");
                params.put("name", "%" + escapeLike(compact) + "%");
                params.put("kana", "%" + escapeLike(Kana.toKatakana(compact)) + "%");
                params.put("numberPrefix", escapeLike(compact.toUpperCase(java.util.Locale.ROOT)) + "%");
            }
        }
        if (search.type() != null || search.status() != null) {
            where.append(" and exists (select c2.id from Certification c2 where c2.holder = h");
            if (search.type() != null) {
                where.append(" and c2.type = :type");
                params.put("type", search.type());
            }
            if (search.status() != null) {
                where.append(" and c2.status = :status");
                params.put("status", search.status());
            }
            where.append(")");
        }
        if (search.prefectureCode() != null) {
            where.append(" and h.prefecture.code = :prefecture");
            params.put("prefecture", search.prefectureCode());
        }
        return where.toString();
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
