package jp.medsec.certification;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.certification.points.Transcript;
import jp.medsec.certification.points.TranscriptAssembler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Staff handle renewal applications (check the transcript, record the fee, approve or return) and deferrals. */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class Renewals {

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CertificationRuleRepository rules;

    @Inject
    private TranscriptAssembler transcripts;

    @Inject
    private CertificationsChanged certificationsChanged;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    public List<RenewalRow> applications(boolean openOnly) {
        return em.createQuery("select r from RenewalApplication r join fetch r.certification c join fetch c.holder"
                        + (openOnly ? " where r.state = jp.medsec.certification.RenewalState.SUBMITTED" : "")
                        + " order by r.submittedAt", RenewalApplication.class)
                .setMaxResults(1000).getResultList().stream().map(this::row).toList();
    }

    public List<DeferralRow> deferrals(boolean openOnly) {
        return em.createQuery("select d from DeferralRequest d join fetch d.certification c join fetch c.holder"
                        + (openOnly ? " where d.state = jp.medsec.certification.DeferralRequest.State.SUBMITTED" : "")
                        + " order by d.submittedAt", DeferralRequest.class)
                .setMaxResults(1000).getResultList().stream().map(DeferralRow::of).toList();
    }

    public void recordFee(long applicationId, @NotNull LocalDate paidOn, @Min(0) int yen) {
        RenewalApplication application = application(applicationId);
        application.recordFee(paidOn, yen, rule(application.getCertification()).getRenewalFeeYen());
    }

    /** Approves if the fee is recorded and the transcript meets the rules now; the next cycle starts. */
    public void approve(long applicationId) {
        RenewalApplication application = application(applicationId);
        Certification certification = application.getCertification();
        application.approve(rule(certification), transcriptOf(certification).meetsRequirements(),
                context.getCallerPrincipal().getName(), clock.instant());
        certificationsChanged.changedFor(certification.getHolder().getId());
    }

    public void returnToHolder(long applicationId, @NotBlank String reasons) {
        application(applicationId).returnWithReasons(reasons, context.getCallerPrincipal().getName(), clock.instant());
    }

    public void approveDeferral(long requestId, @Min(1) @Max(3) int years) {
        DeferralRequest request = deferral(requestId);
        request.approve(rule(request.getCertification()), years, context.getCallerPrincipal().getName(), clock.instant());
        certificationsChanged.changedFor(request.getCertification().getHolder().getId());
    }

    public void rejectDeferral(long requestId, @NotBlank String why) {
        deferral(requestId).reject(why, context.getCallerPrincipal().getName(), clock.instant());
    }

    private RenewalRow row(RenewalApplication r) {
        Certification c = r.getCertification();
        Transcript t = transcriptOf(c);
        return new RenewalRow(r.getId(), c.getHolder().getId(), c.getHolder().getFullName(), c.getCertificateNumber(),
                c.getType(), r.getCycleEnd(), r.getState(), r.getSubmittedAt(), t.countedPoints(), t.requiredPoints(),
                t.seminarMissing(), t.meetsRequirements(), r.getFeePaidOn(), r.getFeeYen(), rule(c).getRenewalFeeYen(),
                r.getDecidedBy(), r.getReturnReasons());
    }

    private Transcript transcriptOf(Certification certification) {
        return transcripts.transcriptsOf(certification.getHolder()).stream()
                .filter(t -> t.certificationId() == certification.getId())
                .map(CertificationTranscript::transcript).findFirst()
                .orElseThrow(() -> new IllegalStateException("No transcript for " + certification.getCertificateNumber()));
    }

    private CertificationRule rule(Certification certification) {
        return rules.inForce(certification.getType(), certification.getValidFrom())
                .orElseThrow(() -> new IllegalStateException("No rule for " + certification.getType()));
    }

    private RenewalApplication application(long id) {
        RenewalApplication application = em.find(RenewalApplication.class, id);
        if (application == null) {
            throw new jp.medsec.shared.NotFound("There is no renewal application " + id);
        }
        return application;
    }

    private DeferralRequest deferral(long id) {
        DeferralRequest request = em.find(DeferralRequest.class, id);
        if (request == null) {
            throw new jp.medsec.shared.NotFound("There is no deferral request " + id);
        }
        return request;
    }
}
