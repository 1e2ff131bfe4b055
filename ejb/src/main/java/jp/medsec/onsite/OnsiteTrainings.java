package jp.medsec.onsite;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.Certification;
import jp.medsec.certification.HolderRepository;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.personnel.GroupAssessor;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On-site training (DESIGN.md sections 3 and 5a). A LEADING hospital's officer offers places, accepts or declines the
 * applications and records who completed; another institution's officer applies for its people by certificate number
 * and may withdraw. A completed training is the person's alternative ⑤ at once: their stored group is recomputed in the
 * same transaction. An application is seen by the two hospitals and staff; to anyone else it does not exist.
 */
@Stateless
public class OnsiteTrainings {

    /** How many offers or applications a list shows at once. */
    public static final int PAGE = 200;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private HolderRepository holders;

    @Inject
    private GroupAssessor groups;

    /** One offer as a list shows it. */
    public record Offer(long id, String hostName, String hostCode, String title, String description, LocalDate startsOn,
                        LocalDate endsOn, int places, long accepted, long applied, boolean own) {

        public long placesLeft() {
            return Math.max(0, places - accepted);
        }
    }

    /** One application as the host, the applicant or staff see it. */
    public record Application(long id, long trainingId, String trainingTitle, String hostName, String institutionName,
                              String traineeName, String note, TraineeState state, Instant appliedAt,
                              String declineReason, LocalDate completedOn, boolean hosting) {
    }

    /** What the officer's page shows: whether the hospital offers, its offers with their applications, others' offers. */
    public record Page(boolean host, List<Offer> own, List<Application> incoming, List<Offer> open,
                       List<Application> outgoing) {
    }

    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public Page page() {
        long own = access.ownInstitutionId();
        Institution institution = em.find(Institution.class, own);
        boolean host = institution.getTier() == InstitutionTier.LEADING;
        LocalDate today = JapaneseDates.today();
        List<OnsiteTraining> ownOffers = host ? em.createQuery("select t from OnsiteTraining t where t.host.id = :own "
                + "order by t.endsOn desc", OnsiteTraining.class).setParameter("own", own).setMaxResults(PAGE)
                .getResultList() : List.of();
        List<OnsiteTraining> openOffers = em.createQuery("select t from OnsiteTraining t join fetch t.host "
                        + "where t.endsOn >= :today and t.host.id <> :own order by t.startsOn", OnsiteTraining.class)
                .setParameter("today", today).setParameter("own", own).setMaxResults(PAGE).getResultList();
        List<Application> incoming = host ? applications("t.training.host.id = :own", own, true) : List.of();
        List<Application> outgoing = applications("t.institution.id = :own", own, false);
        return new Page(host, offers(ownOffers, own), incoming, offers(openOffers, own), outgoing);
    }

    /** A LEADING hospital's officer offers places for a period. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long offer(String title, String description, LocalDate startsOn, LocalDate endsOn, int places) {
        Institution host = access.changeable(access.ownInstitutionId());
        OnsiteTraining training = new OnsiteTraining(host, title, description, startsOn, endsOn, places,
                JapaneseDates.today(), access.callerName(), Instant.now());
        em.persist(training);
        return training.getId();
    }

    /** The officer applies for one of the hospital's people, named by a certificate number of theirs. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long apply(long trainingId, String certificateNumber, String note) {
        OnsiteTraining training = em.find(OnsiteTraining.class, trainingId);
        if (training == null) {
            throw new NotFound("There is no on-site training " + trainingId);
        }
        if (certificateNumber == null || !CertificateNumber.isWellFormed(certificateNumber.strip())) {
            throw new InputRejected("onsite.certificateNumber", "certificateNumber: not a certificate number: "
                    + certificateNumber, certificateNumber == null ? "" : certificateNumber);
        }
        Certification certification = holders.findCertificate(CertificateNumber.parse(certificateNumber.strip()))
                .orElseThrow(() -> new InputRejected("onsite.unknownCertificate", "certificateNumber: no certificate "
                        + certificateNumber.strip(), certificateNumber.strip()));
        long holderId = certification.getHolder().getId();
        long open = em.createQuery("select count(t) from Trainee t where t.training.id = :t and t.holderId = :h "
                        + "and t.state in :open", Long.class).setParameter("t", trainingId).setParameter("h", holderId)
                .setParameter("open", List.of(TraineeState.APPLIED, TraineeState.ACCEPTED)).getSingleResult();
        if (open > 0) {
            throw new RuleViolation("onsite.alreadyApplied", certification.getHolder().getFullName()
                    + " has an open application already", certification.getHolder().getFullName());
        }
        Institution from = em.find(Institution.class, access.ownInstitutionId());
        Trainee trainee = training.apply(from, holderId, certification.getHolder().getFullName(), note,
                access.callerName(), JapaneseDates.today(), Instant.now());
        em.persist(trainee);
        return trainee.getId();
    }

    /** The host accepts an application while places are free (accepting locks the offer: two at once cannot overfill it). */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void accept(long traineeId) {
        Trainee trainee = hosted(traineeId);
        OnsiteTraining training = em.find(OnsiteTraining.class, trainee.getTraining().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        // A locking read, which sees what another acceptance committed while this one waited for the offer's lock.
        long accepted = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM onsite_trainee WHERE training_id = ? "
                + "AND state IN ('ACCEPTED', 'COMPLETED') LOCK IN SHARE MODE").setParameter(1, training.getId())
                .getSingleResult()).longValue();
        training.accept(trainee, accepted, access.callerName(), Instant.now());
    }

    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void decline(long traineeId, String reason) {
        hosted(traineeId).decline(reason, access.callerName(), Instant.now());
    }

    /**
     * The host records the training completed: the person's ⑤ holds from now, and their group is recomputed and stored
     * in this transaction.
     */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void complete(long traineeId, LocalDate completedOn) {
        Trainee trainee = hosted(traineeId);
        trainee.complete(completedOn, JapaneseDates.today());
        em.flush();
        groups.assess(trainee.getHolderId());
    }

    /** The applicant's officer withdraws an open application. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void withdraw(long traineeId) {
        Trainee trainee = em.find(Trainee.class, traineeId);
        if (trainee == null || !access.isOwn(trainee.getInstitution().getId())) {
            throw new NotFound("There is no application " + traineeId + " of your institution");
        }
        trainee.withdraw();
    }

    /** Every application, the newest first, for staff. */
    @RolesAllowed(Role.STAFF_NAME)
    public List<Application> all() {
        return applications(null, null, false);
    }

    private Trainee hosted(long traineeId) {
        Trainee trainee = em.createQuery("select t from Trainee t join fetch t.training r join fetch r.host "
                + "where t.id = :id", Trainee.class).setParameter("id", traineeId).getResultStream().findFirst()
                .orElse(null);
        if (trainee == null || !trainee.getTraining().isHostedBy(access.ownInstitutionId())) {
            throw new NotFound("There is no application " + traineeId + " to your hospital");
        }
        return trainee;
    }

    private List<Application> applications(String condition, Long own, boolean hosting) {
        var query = em.createQuery("select t from Trainee t join fetch t.training r join fetch r.host "
                + "join fetch t.institution" + (condition == null ? "" : " where " + condition)
                + " order by case when t.state in (jp.medsec.onsite.TraineeState.APPLIED, "
                + "jp.medsec.onsite.TraineeState.ACCEPTED) then 0 else 1 end, t.appliedAt desc",
                Trainee.class);
        if (own != null) {
            query.setParameter("own", own);
        }
        return query.setMaxResults(PAGE).getResultStream().map(t -> new Application(t.getId(), t.getTraining().getId(),
                t.getTraining().getTitle(), t.getTraining().getHost().getName(), t.getInstitution().getName(),
                t.getTraineeName(), t.getNote(), t.getState(), t.getAppliedAt(), t.getDeclineReason(),
                t.getCompletedOn(), hosting)).toList();
    }

    private List<Offer> offers(List<OnsiteTraining> trainings, long own) {
        if (trainings.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select t.training.id, t.state, count(t) from Trainee t "
                        + "where t.training.id in :ids group by t.training.id, t.state", Object[].class)
                .setParameter("ids", trainings.stream().map(OnsiteTraining::getId).toList()).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            TraineeState state = (TraineeState) row[1];
            long n = ((Number) row[2]).longValue();
            if (state == TraineeState.ACCEPTED || state == TraineeState.COMPLETED) {
                c[0] += n;
            } else if (state == TraineeState.APPLIED) {
                c[1] += n;
            }
        }
        return trainings.stream().map(t -> {
            long[] c = counts.getOrDefault(t.getId(), new long[2]);
            return new Offer(t.getId(), t.getHost().getName(), t.getHost().getInstitutionCode(), t.getTitle(),
                    t.getDescription(), t.getStartsOn(), t.getEndsOn(), t.getPlaces(), c[0], c[1],
                    t.isHostedBy(own));
        }).toList();
    }
}
