package jp.medsec.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jp.medsec.account.Role;
import jp.medsec.geo.Prefecture;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.notification.MailLinks;
import jp.medsec.notification.Outbox;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Conferences and joint drills (DESIGN.md section 5a). A LEADING hospital's officer announces, changes, calls off its
 * meetings and records attendance; staff do so for every meeting and enter public bodies' and vendors' ones; an
 * invited institution's officer registers its people and withdraws them. A meeting is seen by staff, its host, the
 * institutions it invites and those registered; to anyone else it does not exist.
 */
@Stateless
public class Meetings {

    /** How many meetings a list shows at once (they are counted in full). */
    public static final int PAGE = 200;

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    @Inject
    private CisoRecipients cisos;

    @Inject
    private Outbox outbox;

    private final Clock clock = Clock.systemUTC();

    /** One meeting in a list. */
    public record Line(long id, MeetingKind kind, String title, String organiser, Instant startsAt, Instant endsAt,
                       String place, String onlineLink, int capacity, int placesTaken, long waiting,
                       boolean cancelled, boolean hostedByCaller, long ownRegistrations) {

        public boolean full() {
            return placesTaken >= capacity;
        }
    }

    /** One registration as the reader may see it. */
    public record RegistrationLine(long id, long meetingId, String meetingTitle, MeetingKind kind, Instant startsAt,
                                   String institutionCode, String institutionName, String participantName,
                                   String participantRole, RegistrationState state, Integer waitingPosition,
                                   Instant registeredAt, Boolean attended, boolean own) {
    }

    /**
     * One meeting with what the reader may do.
     *
     * @param manageable   the reader holds it (its host's officer, or staff): change, call off, record attendance
     * @param registrable  the reader's institution is invited and registration is open
     * @param attendanceOpen the meeting has begun and is not called off: attendance may be recorded
     */
    public record Detail(Meeting meeting, List<Prefecture> prefectures, boolean manageable, boolean registrable,
                         boolean attendanceOpen, boolean attendanceRecorded, long waiting,
                         List<RegistrationLine> registrations) {
    }

    /** A page of meetings and how many there are. */
    public record Page(List<Line> lines, long total) {
    }

    /** A LEADING hospital's officer announces a meeting its hospital holds. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public long announce(MeetingKind kind, Meeting.Details details) {
        Institution host = access.changeable(access.ownInstitutionId());
        Meeting meeting = new Meeting(kind, host, null, details, access.callerName(), clock.instant());
        em.persist(meeting);
        return meeting.getId();
    }

    /** Staff enter a meeting held by a public body or a vendor. */
    @RolesAllowed(Role.STAFF_NAME)
    public long announceFor(String organiser, MeetingKind kind, Meeting.Details details) {
        Meeting meeting = new Meeting(kind, null, organiser, details, access.callerName(), clock.instant());
        em.persist(meeting);
        return meeting.getId();
    }

    /** Whether the officer's hospital may hold meetings (a LEADING hospital). */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public boolean mayHost() {
        return em.find(Institution.class, access.ownInstitutionId()).getTier() == InstitutionTier.LEADING;
    }

    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public void revise(long meetingId, Meeting.Details details) {
        Meeting meeting = manageable(meetingId, LockModeType.PESSIMISTIC_WRITE);
        meeting.revise(details, clock.instant());
        Instant now = clock.instant();
        moveUpWhilePlacesFree(meeting, now);
    }

    /** Calls a meeting off and tells every institution registered for it. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public void cancel(long meetingId, String reason) {
        Meeting meeting = manageable(meetingId, LockModeType.PESSIMISTIC_WRITE);
        meeting.cancel(reason, attendanceRecorded(meetingId), clock.instant());
        List<Institution> registered = em.createQuery("select distinct r.institution from Registration r "
                        + "where r.meeting.id = :m and r.state <> :cancelled", Institution.class)
                .setParameter("m", meetingId).setParameter("cancelled", RegistrationState.CANCELLED).getResultList();
        for (Institution institution : registered) {
            for (CisoRecipients.Recipient ciso : cisos.of(institution.getId())) {
                outbox.enqueue("meeting-cancelled:" + meetingId + ":" + ciso.holderId(), ciso.email(),
                        "meetingCancelled", kindJa(meeting.getKind()), meeting.getTitle(), when(meeting.getStartsAt()),
                        ciso.name(), institution.getName(), meeting.getOrganiser(), meeting.getCancelReason(),
                        MailLinks.to("/institution/meetings.xhtml"));
            }
        }
    }

    /**
     * The officer registers a person of their hospital: a confirmed place while one is free, else the waiting list.
     * Registrations for one meeting queue on its row lock, so the last place goes to exactly one of two at once.
     */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public RegistrationState register(long meetingId, String participantName, String participantRole) {
        Meeting meeting = readable(meetingId, LockModeType.PESSIMISTIC_WRITE);
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        String name = participantName == null ? null : participantName.strip();
        // A locking read: it sees a registration committed while this one waited for the meeting's lock.
        Registration earlier = em.createQuery("select r from Registration r where r.meeting.id = :m "
                        + "and r.institution.id = :i and r.participantName = :n", Registration.class)
                .setParameter("m", meetingId).setParameter("i", own.getId()).setParameter("n", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        Instant now = clock.instant();
        if (earlier != null) {
            meeting.registerAgain(earlier, participantRole, access.callerName(), now);
            return earlier.getState();
        }
        Registration registration = meeting.register(own, name, participantRole, access.callerName(), now);
        em.persist(registration);
        return registration.getState();
    }

    /** The officer withdraws one of their hospital's registrations; the first waiting person moves up into a freed place. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public void withdraw(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !access.isOwn(registration.getInstitution().getId())) {
            throw new NotFound("There is no registration " + registrationId + " of your institution");
        }
        Meeting meeting = em.find(Meeting.class, registration.getMeeting().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (meeting.withdraw(registration, now)) {
            moveUpWhilePlacesFree(meeting, now);
        }
    }

    /** The host records who came, from the day the meeting begins: registration id to present or absent. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public void recordAttendance(long meetingId, Map<Long, Boolean> present) {
        Meeting meeting = manageable(meetingId, LockModeType.NONE);
        Instant now = clock.instant();
        if (meeting.isCancelled()) {
            throw new RuleViolation("meeting.cancelled", "The meeting " + meetingId + " was called off");
        }
        if (!meeting.hasBegunAt(now)) {
            throw new RuleViolation("meeting.notBegun", "Attendance is recorded once the meeting begins");
        }
        for (Map.Entry<Long, Boolean> entry : present.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            Registration registration = em.find(Registration.class, entry.getKey());
            if (registration == null || !registration.getMeeting().getId().equals(meetingId)) {
                throw new NotFound("There is no registration " + entry.getKey() + " for meeting " + meetingId);
            }
            registration.recordAttendance(entry.getValue(), access.callerName(), now);
        }
    }

    /** The meetings the officer's hospital is invited to and may still register for, soonest first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<Line> open() {
        Institution own = em.find(Institution.class, access.ownInstitutionId());
        List<Meeting> meetings = em.createQuery("select distinct m from Meeting m join m.invitedTiers t "
                        + "where t = :tier and m.cancelledAt is null and m.startsAt > :now "
                        + "and (m.host is null or m.host.id <> :own) order by m.startsAt", Meeting.class)
                .setParameter("tier", own.getTier()).setParameter("now", clock.instant())
                .setParameter("own", own.getId()).setMaxResults(PAGE).getResultList();
        return lines(meetings.stream().filter(m -> m.invites(own)).toList(), own.getId());
    }

    /** The meetings the officer's hospital holds, newest first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<Line> hosted() {
        long own = access.ownInstitutionId();
        return lines(em.createQuery("select m from Meeting m where m.host.id = :own order by m.startsAt desc",
                Meeting.class).setParameter("own", own).setMaxResults(PAGE).getResultList(), own);
    }

    /** The officer's hospital's registrations, the meetings to come first. */
    @RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
    public List<RegistrationLine> ownRegistrations() {
        long own = access.ownInstitutionId();
        List<Registration> registrations = em.createQuery("select r from Registration r join fetch r.meeting m "
                        + "join fetch r.institution where r.institution.id = :own "
                        + "order by case when m.endsAt > :now then 0 else 1 end, m.startsAt, r.participantName",
                        Registration.class).setParameter("own", own).setParameter("now", clock.instant())
                .setMaxResults(PAGE).getResultList();
        return registrationLines(registrations, own);
    }

    /** Every meeting, the newest first, for staff. */
    @RolesAllowed(Role.STAFF_NAME)
    public Page all(int first) {
        List<Meeting> meetings = em.createQuery("select m from Meeting m order by m.startsAt desc", Meeting.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(PAGE).getResultList();
        long total = em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult();
        return new Page(lines(meetings, null), total);
    }

    /** One meeting: everyone registered for its host and staff, the reader's own people for a guest. */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public Detail one(long meetingId) {
        Meeting meeting = readable(meetingId, LockModeType.NONE);
        boolean staff = access.isStaff();
        Long own = staff ? null : access.ownInstitutionId();
        boolean manageable = staff || meeting.isHostedBy(own);
        Instant now = clock.instant();
        Institution ownInstitution = own == null ? null : em.find(Institution.class, own);
        boolean registrable = ownInstitution != null && meeting.isOpenAt(now) && meeting.invites(ownInstitution);
        var query = em.createQuery("select r from Registration r join fetch r.institution "
                        + "where r.meeting.id = :m" + (manageable ? "" : " and r.institution.id = :own")
                        + " order by case r.state when :confirmed then 0 when :waiting then 1 else 2 end, "
                        + "r.registeredAt, r.id", Registration.class)
                .setParameter("m", meetingId).setParameter("confirmed", RegistrationState.CONFIRMED)
                .setParameter("waiting", RegistrationState.WAITING);
        if (!manageable) {
            query.setParameter("own", own);
        }
        List<Registration> registrations = query.getResultList();
        List<Prefecture> prefectures = meeting.getInvitedPrefectures().isEmpty() ? List.of()
                : em.createQuery("select p from Prefecture p where p.code in :codes order by p.code", Prefecture.class)
                .setParameter("codes", meeting.getInvitedPrefectures()).getResultList();
        return new Detail(meeting, prefectures, manageable, registrable,
                !meeting.isCancelled() && meeting.hasBegunAt(now), attendanceRecorded(meetingId),
                waiting(meetingId), registrationLines(registrations, own));
    }

    /**
     * The participation certificate (PDF) of a person who attended: for their institution's officer, the host's and
     * staff.
     */
    @RolesAllowed({Role.INSTITUTION_OFFICER_NAME, Role.STAFF_NAME})
    public byte[] certificate(long registrationId) {
        return ParticipationCertificatePdf.render(attended(registrationId), jp.medsec.shared.JapaneseDates.today());
    }

    private Registration attended(long registrationId) {
        Registration registration = em.createQuery("select r from Registration r join fetch r.meeting "
                + "join fetch r.institution where r.id = :id", Registration.class).setParameter("id", registrationId)
                .getResultStream().findFirst().orElse(null);
        if (registration == null || !(access.isStaff() || access.isOwn(registration.getInstitution().getId())
                || (registration.getMeeting().getHost() != null
                && access.isOwn(registration.getMeeting().getHost().getId())))) {
            throw new NotFound("There is no registration " + registrationId);
        }
        if (!Boolean.TRUE.equals(registration.getAttended())) {
            throw new RuleViolation("meeting.notAttended", registration.getParticipantName()
                    + " is not recorded as present", registration.getParticipantName());
        }
        return registration;
    }

    private void moveUpWhilePlacesFree(Meeting meeting, Instant now) {
        if (!meeting.isOpenAt(now)) {
            return; // once it has begun (or is called off), nobody moves up into a place
        }
        while (meeting.hasFreePlace()) {
            Registration next = em.createQuery("select r from Registration r join fetch r.institution "
                            + "where r.meeting.id = :m and r.state = :waiting order by r.registeredAt, r.id",
                            Registration.class).setParameter("m", meeting.getId())
                    .setParameter("waiting", RegistrationState.WAITING).setMaxResults(1)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
            if (next == null) {
                return;
            }
            meeting.moveUp(next, now);
            em.flush();
            for (CisoRecipients.Recipient ciso : cisos.of(next.getInstitution().getId())) {
                outbox.enqueue("meeting-moved-up:" + next.getId() + ":" + now.toEpochMilli() + ":" + ciso.holderId(),
                        ciso.email(), "meetingMovedUp", kindJa(meeting.getKind()), meeting.getTitle(),
                        when(meeting.getStartsAt()), ciso.name(), next.getInstitution().getName(),
                        next.getParticipantName(), meeting.getOrganiser(), where(meeting),
                        MailLinks.to("/institution/meeting.xhtml?id=" + meeting.getId()));
            }
        }
    }

    private Meeting readable(long meetingId, LockModeType lock) {
        Meeting meeting = em.find(Meeting.class, meetingId, lock);
        if (meeting == null || !(access.isStaff() || visibleToOfficer(meeting))) {
            throw new NotFound("There is no meeting " + meetingId);
        }
        return meeting;
    }

    private boolean visibleToOfficer(Meeting meeting) {
        long own = access.ownInstitutionId();
        if (meeting.isHostedBy(own) || meeting.invites(em.find(Institution.class, own))) {
            return true;
        }
        return em.createQuery("select count(r) from Registration r where r.meeting.id = :m and r.institution.id = :i",
                Long.class).setParameter("m", meeting.getId()).setParameter("i", own).getSingleResult() > 0;
    }

    private Meeting manageable(long meetingId, LockModeType lock) {
        Meeting meeting = em.find(Meeting.class, meetingId, lock);
        if (meeting == null || !(access.isStaff() || meeting.isHostedBy(access.ownInstitutionId()))) {
            throw new NotFound("There is no meeting " + meetingId + " that you hold");
        }
        return meeting;
    }

    private boolean attendanceRecorded(long meetingId) {
        return em.createQuery("select count(r) from Registration r where r.meeting.id = :m and r.attended is not null",
                Long.class).setParameter("m", meetingId).getSingleResult() > 0;
    }

    private long waiting(long meetingId) {
        return em.createQuery("select count(r) from Registration r where r.meeting.id = :m and r.state = :waiting",
                Long.class).setParameter("m", meetingId).setParameter("waiting", RegistrationState.WAITING)
                .getSingleResult();
    }

    private List<Line> lines(List<Meeting> meetings, Long own) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<Long> ids = meetings.stream().map(Meeting::getId).toList();
        Map<Long, Long> waiting = counts("select r.meeting.id, count(r) from Registration r where r.meeting.id in :ids "
                + "and r.state = jp.medsec.meeting.RegistrationState.WAITING group by r.meeting.id", ids, null);
        Map<Long, Long> ownCounts = own == null ? Map.of() : counts("select r.meeting.id, count(r) from Registration r "
                + "where r.meeting.id in :ids and r.institution.id = :own "
                + "and r.state <> jp.medsec.meeting.RegistrationState.CANCELLED group by r.meeting.id", ids, own);
        return meetings.stream().map(m -> new Line(m.getId(), m.getKind(), m.getTitle(), m.getOrganiser(),
                m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getOnlineLink(), m.getCapacity(), m.getPlacesTaken(),
                waiting.getOrDefault(m.getId(), 0L), m.isCancelled(), own != null && m.isHostedBy(own),
                ownCounts.getOrDefault(m.getId(), 0L))).toList();
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids, Long own) {
        var query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
        if (own != null) {
            query.setParameter("own", own);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<RegistrationLine> registrationLines(List<Registration> registrations, Long own) {
        Map<Long, List<Long>> queues = new HashMap<>();
        Set<Long> meetingIds = new LinkedHashSet<>();
        for (Registration r : registrations) {
            if (r.getState() == RegistrationState.WAITING) {
                meetingIds.add(r.getMeeting().getId());
            }
        }
        if (!meetingIds.isEmpty()) {
            for (Object[] row : em.createQuery("select r.meeting.id, r.id from Registration r where r.meeting.id in :ids "
                            + "and r.state = :waiting order by r.registeredAt, r.id", Object[].class)
                    .setParameter("ids", meetingIds).setParameter("waiting", RegistrationState.WAITING).getResultList()) {
                queues.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
            }
        }
        List<RegistrationLine> lines = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            Meeting m = r.getMeeting();
            Integer position = r.getState() == RegistrationState.WAITING
                    ? queues.getOrDefault(m.getId(), List.of()).indexOf(r.getId()) + 1 : null;
            lines.add(new RegistrationLine(r.getId(), m.getId(), m.getTitle(), m.getKind(), m.getStartsAt(),
                    r.getInstitution().getInstitutionCode(), r.getInstitution().getName(), r.getParticipantName(),
                    r.getParticipantRole(), r.getState(), position, r.getRegisteredAt(), r.getAttended(),
                    own != null && own.equals(r.getInstitution().getId())));
        }
        return lines;
    }

    private static String kindJa(MeetingKind kind) {
        return kind == MeetingKind.CONFERENCE ? "カンファレンス" : "サイバー攻撃合同訓練";
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(JAPAN));
    }

    private static String where(Meeting meeting) {
        return meeting.getPlace() == null ? meeting.getOnlineLink()
                : meeting.getOnlineLink() == null ? meeting.getPlace()
                : meeting.getPlace() + "／" + meeting.getOnlineLink();
    }
}
