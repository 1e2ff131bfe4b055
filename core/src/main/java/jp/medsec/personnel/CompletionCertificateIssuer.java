package jp.medsec.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issues the completion certificates (受講修了証) a person has earned: for each group's new course, once every module
 * the person must take (seed 002 section 3, their exemptions set aside) is completed. A course whose modules are all
 * exempt earns none — nothing was taken. Idempotent: a course already certified is not certified again (and the unique
 * constraint on person and group is the last guard against two issuers at once).
 */
@ApplicationScoped
public class CompletionCertificateIssuer {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public List<CompletionCertificate> issueDue(long holderId, Set<Qualification> held) {
        Set<Group> certified = EnumSet.noneOf(Group.class);
        certified.addAll(em.createQuery("select c.group from CompletionCertificate c where c.holderId = :h", Group.class)
                .setParameter("h", holderId).getResultList());
        if (certified.size() == Group.values().length) {
            return List.of();
        }
        Map<String, LocalDate> firstCompleted = new HashMap<>();
        for (Object[] row : em.createQuery("select m.moduleCode, min(m.completedOn) from ModuleCompletion m "
                + "where m.holderId = :h group by m.moduleCode", Object[].class).setParameter("h", holderId).getResultList()) {
            firstCompleted.put((String) row[0], (LocalDate) row[1]);
        }
        List<CompletionCertificate> issued = new ArrayList<>();
        for (Group group : Group.values()) {
            if (certified.contains(group)) {
                continue;
            }
            Curriculum course = CurriculumPlanner.plan(group, held);
            if (course.required().isEmpty() || !firstCompleted.keySet().containsAll(course.required())) {
                continue;
            }
            LocalDate completedOn = course.required().stream().map(firstCompleted::get).max(LocalDate::compareTo).orElseThrow();
            CompletionCertificate certificate = new CompletionCertificate(nextNumber(group), holderId, group, completedOn,
                    course.required(), course.exempt(), Instant.now());
            em.persist(certificate);
            issued.add(certificate);
        }
        return issued;
    }

    private String nextNumber(Group group) {
        String highest = em.createQuery("select max(c.number) from CompletionCertificate c where c.group = :g", String.class)
                .setParameter("g", group).getSingleResult();
        long serial = highest == null ? 1 : Long.parseLong(highest.substring(highest.indexOf('-') + 1)) + 1;
        return CompletionCertificate.number(group, serial);
    }
}
