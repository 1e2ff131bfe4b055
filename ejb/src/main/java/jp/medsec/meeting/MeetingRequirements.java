package jp.medsec.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;
import jp.medsec.institution.InstitutionTier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The requirements on holding and attending conferences and drills, judged by {@link MeetingRequirement} from the
 * institution's meetings of the audit day's fiscal year and the one before; the rules (how many a year) are read from
 * {@code meeting_requirement}.
 */
@ApplicationScoped
public class MeetingRequirements implements RequirementEvaluator {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Override
    public Set<String> codes() {
        return Set.of("HOSTS_CONFERENCES", "HOSTS_DRILLS", "ATTENDS_CONFERENCES", "JOINS_DRILLS");
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        List<MeetingRequirement.Rule> rules = rules().stream().filter(r -> codes.contains(r.code())).toList();
        if (rules.isEmpty()) {
            return Map.of();
        }
        int fiscalYear = CertificationCycle.fiscalYearOf(day);
        Instant dayEnds = day.plusDays(1).atStartOfDay(JAPAN).toInstant();
        List<MeetingRequirement.Fact> facts = new ArrayList<>();
        // As host: held once a guest of another tier attended.
        for (Object[] row : em.createQuery("select m.kind, m.fiscalYear, m.title, m.startsAt, m.endsAt, m.cancelledAt, "
                        + "(select count(r) from Registration r where r.meeting = m and r.attended = true "
                        + "and r.institution.tier <> :leading) from Meeting m "
                        + "where m.host.id = :i and m.fiscalYear in (:y, :before)", Object[].class)
                .setParameter("i", institutionId).setParameter("y", fiscalYear).setParameter("before", fiscalYear - 1)
                .setParameter("leading", InstitutionTier.LEADING).getResultList()) {
            facts.add(fact(row, MeetingRequirement.Side.HOST, ((Number) row[6]).longValue() > 0, dayEnds));
        }
        // As guest: held once one of the institution's people attended.
        for (Object[] row : em.createQuery("select m.kind, m.fiscalYear, m.title, m.startsAt, m.endsAt, m.cancelledAt, "
                        + "sum(case when r.attended = true then 1 else 0 end), "
                        + "sum(case when r.state = jp.medsec.meeting.RegistrationState.CONFIRMED then 1 else 0 end) "
                        + "from Registration r join r.meeting m where r.institution.id = :i "
                        + "and m.fiscalYear in (:y, :before) "
                        + "group by m.id, m.kind, m.fiscalYear, m.title, m.startsAt, m.endsAt, m.cancelledAt", Object[].class)
                .setParameter("i", institutionId).setParameter("y", fiscalYear).setParameter("before", fiscalYear - 1)
                .getResultList()) {
            boolean held = ((Number) row[6]).longValue() > 0;
            boolean confirmed = ((Number) row[7]).longValue() > 0;
            MeetingRequirement.Fact fact = fact(row, MeetingRequirement.Side.GUEST, held, dayEnds);
            facts.add(new MeetingRequirement.Fact(fact.kind(), fact.side(), fact.fiscalYear(), fact.title(), fact.day(),
                    held, fact.booked() && confirmed));
        }
        Map<String, Verdict> verdicts = new HashMap<>();
        for (MeetingRequirement.Rule rule : rules) {
            verdicts.put(rule.code(), MeetingRequirement.judge(rule, facts, fiscalYear));
        }
        return verdicts;
    }

    private static MeetingRequirement.Fact fact(Object[] row, MeetingRequirement.Side side, boolean held,
                                                Instant dayEnds) {
        Instant startsAt = (Instant) row[3];
        Instant endsAt = (Instant) row[4];
        boolean cancelled = row[5] != null;
        // Not held yet: to come, or ended within the week and its attendance not recorded yet.
        boolean booked = !held && !cancelled && endsAt.isAfter(dayEnds.minus(java.time.Duration.ofDays(8)));
        return new MeetingRequirement.Fact((MeetingKind) row[0], side, ((Number) row[1]).intValue(), (String) row[2],
                startsAt.atZone(JAPAN).toLocalDate(), held, booked);
    }

    private List<MeetingRequirement.Rule> rules() {
        List<MeetingRequirement.Rule> rules = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT evaluator, kind, side, per_year FROM meeting_requirement")
                .getResultList()) {
            Object[] r = (Object[]) row;
            rules.add(new MeetingRequirement.Rule((String) r[0], MeetingKind.valueOf((String) r[1]),
                    MeetingRequirement.Side.valueOf((String) r[2]), ((Number) r[3]).intValue()));
        }
        return rules;
    }
}
