package jp.medsec.personnel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The curriculum catalogue, public reference data: every module with its titles. */
@Stateless
@PermitAll
public class CourseCatalogue {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public List<CourseModule> modules() {
        return em.createQuery("select m from CourseModule m order by m.groupCode, m.sortOrder", CourseModule.class)
                .getResultList();
    }

    public Map<String, CourseModule> byCode() {
        return modules().stream().collect(Collectors.toMap(CourseModule::getCode, Function.identity()));
    }
}
