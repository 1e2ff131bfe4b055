package jp.medsec.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.audit.FindingState;
import jp.medsec.audit.Severity;
import jp.medsec.geo.Prefecture;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.JapaneseDates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per prefecture (DESIGN.md section 2): LEADING hospitals against the goal of at least one, institutions by tier, and
 * outstanding and overdue audit findings by severity, open incident reports. Grouped queries, whatever the number of
 * institutions.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class RegionalDashboard {

    /** One prefecture's line. */
    public record PrefectureFigures(Prefecture prefecture, Map<InstitutionTier, Long> tiers, Map<Severity, Long> open,
                                    long overdue, long openIncidents) {
        public long tier(InstitutionTier tier) {
            return tiers.getOrDefault(tier, 0L);
        }

        public long open(Severity severity) {
            return open.getOrDefault(severity, 0L);
        }

        public long openTotal() {
            return open.values().stream().mapToLong(Long::longValue).sum();
        }

        public boolean meetsLeadingGoal() {
            return tier(InstitutionTier.LEADING) > 0;
        }
    }

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public List<PrefectureFigures> prefectures() {
        Map<Integer, Map<InstitutionTier, Long>> tiers = new HashMap<>();
        for (Object[] r : em.createQuery("select i.prefecture.code, i.tier, count(i) from Institution i "
                + "group by i.prefecture.code, i.tier", Object[].class).getResultList()) {
            tiers.computeIfAbsent((Integer) r[0], k -> new EnumMap<>(InstitutionTier.class)).put((InstitutionTier) r[1], (Long) r[2]);
        }
        List<FindingState> outstanding = FindingState.OUTSTANDING;
        Map<Integer, Map<Severity, Long>> open = new HashMap<>();
        for (Object[] r : em.createQuery("select f.audit.institution.prefecture.code, f.severity, count(f) from Finding f "
                        + "where f.state in :outstanding group by f.audit.institution.prefecture.code, f.severity", Object[].class)
                .setParameter("outstanding", outstanding).getResultList()) {
            open.computeIfAbsent((Integer) r[0], k -> new EnumMap<>(Severity.class)).put((Severity) r[1], (Long) r[2]);
        }
        Map<Integer, Long> overdue = new HashMap<>();
        for (Object[] r : em.createQuery("select f.audit.institution.prefecture.code, count(f) from Finding f "
                        + "where f.state in :outstanding and f.dueDate < :today group by f.audit.institution.prefecture.code",
                        Object[].class)
                .setParameter("outstanding", outstanding).setParameter("today", JapaneseDates.today()).getResultList()) {
            overdue.put((Integer) r[0], (Long) r[1]);
        }
        Map<Integer, Long> incidents = new HashMap<>();
        for (Object[] r : em.createQuery("select n.institution.prefecture.code, count(n) from Incident n "
                        + "where n.state <> :resolved group by n.institution.prefecture.code", Object[].class)
                .setParameter("resolved", jp.medsec.incident.IncidentState.RESOLVED).getResultList()) {
            incidents.put((Integer) r[0], (Long) r[1]);
        }
        List<PrefectureFigures> rows = new ArrayList<>();
        for (Prefecture p : em.createQuery("select p from Prefecture p order by p.code", Prefecture.class).getResultList()) {
            rows.add(new PrefectureFigures(p, tiers.getOrDefault(p.getCode(), Map.of()), open.getOrDefault(p.getCode(), Map.of()),
                    overdue.getOrDefault(p.getCode(), 0L), incidents.getOrDefault(p.getCode(), 0L)));
        }
        return rows;
    }
}
