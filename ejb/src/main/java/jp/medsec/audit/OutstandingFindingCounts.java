package jp.medsec.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.institution.OutstandingFindings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts the outstanding findings of institutions for the institution directory, in one query. */
@ApplicationScoped
public class OutstandingFindingCounts implements OutstandingFindings {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Map<Long, Counts> of(List<Institution> institutions, LocalDate today) {
        Map<Long, long[]> findings = new HashMap<>();
        em.createQuery("select f.audit.institution.id, f.dueDate from Finding f where f.audit.institution in :page "
                        + "and f.state in :outstanding", Object[].class)
                .setParameter("page", institutions).setParameter("outstanding", FindingState.OUTSTANDING)
                .getResultList().forEach(r -> {
                    long[] counts = findings.computeIfAbsent((Long) r[0], k -> new long[2]);
                    counts[0]++;
                    if (((LocalDate) r[1]).isBefore(today)) {
                        counts[1]++;
                    }
                });
        Map<Long, Counts> result = new HashMap<>();
        findings.forEach((id, counts) -> result.put(id, new Counts(counts[0], counts[1])));
        return result;
    }
}
