package jp.medsec.certification.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaPointCategoryRepository implements PointCategoryRepository {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public List<PointCategory> inForce(LocalDate day) {
        Map<String, PointCategory> newest = new LinkedHashMap<>();
        em.createQuery("select c from PointCategory c where c.effectiveFrom <= :day order by c.sortOrder, c.effectiveFrom desc",
                        PointCategory.class)
                .setParameter("day", day)
                .getResultList()
                .forEach(c -> newest.putIfAbsent(c.getCode(), c));
        return List.copyOf(newest.values());
    }
}
