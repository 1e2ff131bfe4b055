package jp.medsec.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.audit.FindingState;
import jp.medsec.audit.Severity;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.OutstandingFindings;
import jp.medsec.training.TrainingCompliances;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The officer's home at a glance, for their own institution only: the score of the latest completed assessment against
 * the tier's requirements, the open findings by due date, and the year's staff training; counted in the database.
 */
@Stateless
@RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
public class OfficerSummary {

    /** How many findings the home page lists; the rest are on the audits' pages. */
    public static final int FINDINGS_SHOWN = 5;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private TrainingCompliances training;

    @Inject
    private OutstandingFindings outstandingFindings;

    /** The requirements of the latest completed assessment against a tier catalogue, by answer. */
    public record Score(long auditId, String auditTitle, LocalDateTime completedAt, long met, long partial, long notMet,
                        long notApplicable, long unanswered) implements Serializable {

        /** The requirements that apply (all but "not applicable"). */
        public long applicable() {
            return met + partial + notMet + unanswered;
        }

        public int percent(long part) {
            long all = met + partial + notMet + notApplicable + unanswered;
            return all == 0 ? 0 : (int) Math.round(100.0 * part / all);
        }
    }

    /** A finding still to be worked, with the requirement it is about. */
    public record OpenFinding(long findingId, long auditId, String requirementCode, String requirementJa,
                              String requirementEn, Severity severity, LocalDate due, FindingState state,
                              boolean overdue) implements Serializable {
    }

    public record Summary(Score score, List<OpenFinding> findings, long findingsOpen, long findingsOverdue,
                          TrainingCompliances.Result training, int fiscalYear) implements Serializable {
    }

    public Summary summary(LocalDate today) {
        long institutionId = access.ownInstitutionId();
        int fiscalYear = CertificationCycle.fiscalYearOf(today);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, a.id, ci.code, ci.text_ja, ci.text_en, f.severity, "
                        + "f.due_date, f.state FROM finding f JOIN audit a ON a.id = f.audit_id "
                        + "JOIN audit_item ai ON ai.id = f.audit_item_id JOIN catalogue_item ci ON ci.id = ai.catalogue_item_id "
                        + "WHERE a.institution_id = ?1 AND f.state IN (?2, ?3) ORDER BY f.due_date, f.id")
                .setParameter(1, institutionId).setParameter(2, FindingState.OPEN.name())
                .setParameter(3, FindingState.IN_PROGRESS.name()).setMaxResults(FINDINGS_SHOWN).getResultList();
        List<OpenFinding> findings = rows.stream().map(r -> {
            LocalDate due = r[6] instanceof Date d ? d.toLocalDate() : (LocalDate) r[6];
            return new OpenFinding(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], Severity.valueOf((String) r[5]), due, FindingState.valueOf((String) r[7]),
                    due.isBefore(today));
        }).toList();
        OutstandingFindings.Counts counts = outstandingFindings.of(List.of(em.getReference(Institution.class, institutionId)), today)
                .getOrDefault(institutionId, OutstandingFindings.Counts.NONE);
        return new Summary(score(institutionId), findings, counts.outstanding(), counts.overdue(),
                training.latest(institutionId, fiscalYear).orElse(null), fiscalYear);
    }

    private Score score(long institutionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.title, a.completed_at, SUM(ai.status = 'MET'), "
                        + "SUM(ai.status = 'PARTIAL'), SUM(ai.status = 'NOT_MET'), SUM(ai.status = 'NOT_APPLICABLE'), "
                        + "SUM(ai.status IS NULL) FROM audit a JOIN catalogue c ON c.id = a.catalogue_id "
                        + "JOIN audit_item ai ON ai.audit_id = a.id JOIN catalogue_item ci ON ci.id = ai.catalogue_item_id "
                        + "WHERE a.institution_id = ?1 AND a.completed_at IS NOT NULL AND c.code LIKE 'TIER-%' "
                        + "AND ci.kind = 'REQUIREMENT' GROUP BY a.id, a.title, a.completed_at "
                        + "ORDER BY a.completed_at DESC, a.id DESC")
                .setParameter(1, institutionId).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Score(((Number) r[0]).longValue(), (String) r[1], r[2] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[2], n(r[3]), n(r[4]),
                n(r[5]), n(r[6]), n(r[7]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
