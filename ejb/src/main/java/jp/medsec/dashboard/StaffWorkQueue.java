package jp.medsec.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.audit.OverdueFindings;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.DeferralRequest;
import jp.medsec.certification.RenewalState;
import jp.medsec.claims.ClaimState;
import jp.medsec.jobs.JobControl;
import jp.medsec.training.NationalTraining;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What waits for the association's staff, each counted in the database at the moment of asking: the same rows the
 * list behind each count shows.
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class StaffWorkQueue {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private JobControl jobs;

    @Inject
    private NationalTraining training;

    @Inject
    private OverdueFindings overdueFindings;

    /** The menu's badges: the decisions waiting and the jobs that want a person. */
    public record Menu(long claims, long renewals, long jobs) implements Serializable {
    }

    /**
     * The whole queue.
     *
     * @param claims          points claims submitted and not yet decided
     * @param renewals        renewal applications submitted and not yet decided
     * @param deferrals       deferral (保留) requests submitted and not yet decided
     * @param renewalDue      holders with a certification inside its renewal window (the holder list it opens)
     * @param overdueFindings findings still open or in progress after their due date
     * @param jobs            job runs that failed, were stopped or are stuck
     * @param sentNothing     institutions that sent no roster or no training record in the fiscal year
     * @param fiscalYear      the fiscal year of {@code sentNothing}
     */
    public record Queue(long claims, long renewals, long deferrals, long renewalDue, long overdueFindings, long jobs,
                        long sentNothing, int fiscalYear) implements Serializable {

        /** The menu's badges out of the same counts. */
        public Menu menu() {
            return new Menu(claims, renewals + deferrals, jobs);
        }
    }

    public Menu menu() {
        return new Menu(claims(), renewals() + deferrals(), jobs.attentionCount());
    }

    public Queue queue(LocalDate today) {
        int fiscalYear = CertificationCycle.fiscalYearOf(today);
        return new Queue(claims(), renewals(), deferrals(),
                count("SELECT COUNT(DISTINCT holder_id) FROM certification WHERE status = ?1", CertificationStatus.RENEWAL_DUE.name()),
                overdueFindings.count(today),
                jobs.attentionCount(),
                training.count(fiscalYear, NationalTraining.Filter.SENT_NOTHING, java.math.BigDecimal.ONE), fiscalYear);
    }

    private long claims() {
        return count("SELECT COUNT(*) FROM claim WHERE state = ?1", ClaimState.SUBMITTED.name());
    }

    private long renewals() {
        return count("SELECT COUNT(*) FROM renewal_application WHERE state = ?1", RenewalState.SUBMITTED.name());
    }

    private long deferrals() {
        return count("SELECT COUNT(*) FROM deferral_request WHERE state = ?1", DeferralRequest.State.SUBMITTED.name());
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
