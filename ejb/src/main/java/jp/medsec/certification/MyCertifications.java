package jp.medsec.certification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.account.CurrentAccount;
import jp.medsec.account.Role;
import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.certification.points.PointEntry;
import jp.medsec.certification.points.PointLedger;
import jp.medsec.certification.points.Transcript;
import jp.medsec.certification.points.TranscriptAssembler;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.RuleViolation;
import java.time.Clock;

import java.util.List;
import java.util.Optional;

/** A holder's own certifications: always those of the signed-in account's holder, never of an id sent by a client. */
@Stateless
@RolesAllowed(Role.HOLDER_NAME)
public class MyCertifications {

    /**
     * What the holder's home shows: who, each certification's transcript, the points ledger (newest first), and what to
     * do by when.
     *
     * @param applications  the holder's renewal applications, newest first
     * @param claimsWaiting the holder's claims that wait for the association's decision
     */
    public record Overview(Holder holder, List<CertificationTranscript> transcripts, List<PointEntry> ledger,
                           List<RenewalApplication> applications, List<HolderTasks.Task> tasks, int claimsWaiting)
            implements java.io.Serializable {
    }

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private HolderRepository holders;

    @Inject
    private TranscriptAssembler transcripts;

    @Inject
    private PointLedger ledger;

    @Inject
    private CertificationRuleRepository rules;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    public Optional<Holder> me() {
        return currentAccount.caller()
                .map(CurrentAccount.Caller::holderId)
                .flatMap(holders::find)
                .map(h -> {
                    h.getCertifications().forEach(Certification::getStatus); // loaded before the transaction ends
                    return h;
                });
    }

    /** Agree, or no longer agree, to appear in the public directory (kept in the holder's history). */
    public boolean changeDirectoryConsent(boolean consent) {
        Holder holder = me().orElseThrow(() -> new IllegalStateException("This account is linked to no holder"));
        if (consent) {
            holder.consentToDirectory();
        } else {
            holder.withdrawDirectoryConsent();
        }
        return holder.isDirectoryConsent();
    }

    /** Applies to renew one of the holder's own certifications; only inside its renewal window. */
    public long applyForRenewal(@NotNull CertificateNumber number) {
        Certification certification = mine(number);
        boolean open = em.createQuery("select count(r) from RenewalApplication r where r.certification = :c and r.state = "
                        + "jp.medsec.certification.RenewalState.SUBMITTED", Long.class)
                .setParameter("c", certification).getSingleResult() > 0;
        if (open) {
            throw new RuleViolation("renewal.alreadyWaiting", "An application for " + number
                    + " is already waiting for the association", number.value());
        }
        CertificationRule rule = rules.inForce(certification.getType(), certification.getValidFrom())
                .orElseThrow(() -> new IllegalStateException("No rule for " + certification.getType()));
        Transcript transcript = transcripts.transcriptsOf(certification.getHolder()).stream()
                .filter(t -> t.certificationId() == certification.getId()).findFirst().orElseThrow().transcript();
        RenewalApplication application = RenewalApplication.apply(certification, rule, transcript,
                JapaneseDates.today(), clock.instant());
        em.persist(application);
        return application.getId();
    }

    /** Asks the association to defer one of the holder's own certifications for leave. */
    public long requestDeferral(@NotNull CertificateNumber number, @NotNull DeferralRequest.Reason reason,
                                @Size(max = 500) String note, @Min(1) @Max(3) int years) {
        DeferralRequest request = new DeferralRequest(mine(number), reason, note, years, clock.instant());
        em.persist(request);
        return request.getId();
    }

    public List<DeferralRow> myDeferrals() {
        return me().map(h -> em.createQuery("select d from DeferralRequest d join fetch d.certification c join fetch c.holder "
                        + "where c.holder = :h order by d.submittedAt desc", DeferralRequest.class)
                .setParameter("h", h).getResultList().stream().map(DeferralRow::of).toList()).orElse(List.of());
    }

    private Certification mine(CertificateNumber number) {
        Holder holder = me().orElseThrow(() -> new IllegalStateException("This account is linked to no holder"));
        return holder.getCertifications().stream().filter(c -> c.getCertificateNumber().equals(number.value())).findFirst()
                .orElseThrow(() -> new jp.medsec.shared.NotFound("You hold no certificate " + number));
    }

    public Optional<Overview> overview() {
        return me().map(h -> {
            List<CertificationTranscript> mine = transcripts.transcriptsOf(h);
            int claimsWaiting = em.createQuery("select count(c) from Claim c where c.holder = :h and c.state = "
                    + "jp.medsec.claims.ClaimState.SUBMITTED", Long.class).setParameter("h", h).getSingleResult().intValue();
            List<RenewalApplication> applications = em.createQuery("select r from RenewalApplication r join fetch "
                    + "r.certification c where c.holder = :h order by r.submittedAt desc", RenewalApplication.class)
                    .setParameter("h", h).getResultList();
            return new Overview(h, mine, ledger.entriesOf(h.getId()), applications,
                    HolderTasks.of(mine, applications, claimsWaiting, JapaneseDates.today()), claimsWaiting);
        });
    }
}
