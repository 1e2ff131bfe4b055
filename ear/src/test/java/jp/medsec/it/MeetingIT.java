package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jp.medsec.account.Role;
import jp.medsec.audit.AuditItem;
import jp.medsec.audit.AuditReadModel;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.meeting.Meeting;
import jp.medsec.meeting.MeetingKind;
import jp.medsec.meeting.Meetings;
import jp.medsec.meeting.RegistrationState;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conferences and joint drills against MariaDB: registration up to the capacity, then the waiting list, which moves up
 * when someone withdraws (and tells the CISO); two registrations racing for the last place (exactly one gets it);
 * attendance pre-filling the host's and the guests' tier requirements; nobody else reaches a meeting or its people.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingIT {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("meeting-it", MeetingIT.class, AsStaff.class, AsOfficer.class, Fixtures.class,
                TestDatabase.class);
    }

    @EJB
    private Meetings meetings;

    @EJB
    private AsStaff asStaff;

    @EJB
    private AsOfficer asOfficer;

    @EJB
    private AuditReadModel audits;

    @EJB
    private jp.medsec.audit.Audits auditService;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    private long institution(String name, String tier, int prefecture) throws Exception {
        return Fixtures.institution(name + " " + UUID.randomUUID().toString().substring(0, 6)).prefecture(prefecture)
                .tier(tier).insert(dataSource);
    }

    private static Meeting.Details details(String title, int capacity, Set<InstitutionTier> tiers,
                                           List<Integer> prefectures) {
        Instant starts = LocalDate.now(JAPAN).plusDays(30).atTime(13, 30).atZone(JAPAN).toInstant();
        return new Meeting.Details(title, "机上演習と振り返り", starts, starts.plus(Duration.ofHours(3)), "県医師会館 3階",
                null, capacity, tiers, prefectures);
    }

    @Test
    void beyondCapacityRegistrationsWaitAndMoveUpInOrderWhenSomeoneWithdraws() throws Exception {
        long hostId = institution("合同訓練を開く病院", "LEADING", 13);
        long aId = institution("訓練に参加する病院A", "SELF_DEFENDING", 13);
        long bId = institution("訓練に参加する病院B", "SELF_DEFENDING", 13);
        long cId = institution("訓練に参加する病院C", "ASSISTED", 13);
        String host = Fixtures.officer(dataSource, hostId);
        String a = Fixtures.officer(dataSource, aId);
        String b = Fixtures.officer(dataSource, bId);
        String c = Fixtures.officer(dataSource, cId);
        long cisoOfB = Fixtures.confirmedCiso(dataSource, bId);

        assertEquals("meeting.capacity", assertThrows(InputRejected.class, () -> asOfficer.call(host,
                () -> meetings.announce(MeetingKind.DRILL, details("定員ゼロ", 0,
                        Set.of(InstitutionTier.SELF_DEFENDING), List.of())))).code());
        long drill = asOfficer.call(host, () -> meetings.announce(MeetingKind.DRILL, details("ランサムウェア合同訓練", 2,
                Set.of(InstitutionTier.SELF_DEFENDING), List.of(13))));
        assertThrows(NotFound.class, () -> asOfficer.call(c, () -> meetings.register(drill, "佐藤 花子", null)),
                "ASSISTED hospitals are not invited: to them the drill does not exist");

        assertEquals(RegistrationState.CONFIRMED, asOfficer.call(a, () -> meetings.register(drill, "山田 太郎", "情報システム部")));
        assertEquals(RegistrationState.CONFIRMED, asOfficer.call(a, () -> meetings.register(drill, "鈴木 一郎", null)));
        assertEquals("meeting.alreadyRegistered", assertThrows(RuleViolation.class, () -> asOfficer.call(a,
                () -> meetings.register(drill, "山田 太郎", null))).code());
        assertEquals(RegistrationState.WAITING, asOfficer.call(b, () -> meetings.register(drill, "高橋 次郎", null)));
        assertEquals(RegistrationState.WAITING, asOfficer.call(b, () -> meetings.register(drill, "田中 三郎", null)));
        Meetings.Detail full = asOfficer.call(host, () -> meetings.one(drill));
        assertEquals(2, full.meeting().getPlacesTaken());
        assertEquals(2, full.waiting());
        assertEquals(List.of(1, 2), full.registrations().stream().filter(r -> r.state() == RegistrationState.WAITING)
                .map(Meetings.RegistrationLine::waitingPosition).toList());
        Meetings.Detail seenByB = asOfficer.call(b, () -> meetings.one(drill));
        String codeOfB = code(bId);
        assertTrue(seenByB.registrations().stream().allMatch(r -> r.institutionCode().equals(codeOfB)),
                "a guest sees only its own people");

        long yamada = registrationOf(a, drill, "山田 太郎");
        assertThrows(NotFound.class, () -> asOfficer.call(b, () -> {
            meetings.withdraw(yamada);
            return null;
        }), "another hospital cannot withdraw A's registration");
        asOfficer.call(a, () -> {
            meetings.withdraw(yamada);
            return null;
        });
        Meetings.Detail after = asOfficer.call(host, () -> meetings.one(drill));
        assertEquals(RegistrationState.CONFIRMED, stateOf(after, "高橋 次郎"), "the first waiting moves up");
        assertEquals(RegistrationState.WAITING, stateOf(after, "田中 三郎"));
        assertEquals(1, after.registrations().stream().filter(r -> r.participantName().equals("田中 三郎")).findFirst()
                .orElseThrow().waitingPosition());
        assertEquals(RegistrationState.CANCELLED, stateOf(after, "山田 太郎"));
        assertEquals(2, after.meeting().getPlacesTaken());
        long takahashi = registrationOf(b, drill, "高橋 次郎");
        assertEquals("1", Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'meeting-moved-up:"
                + takahashi + ":%:" + cisoOfB + "'"), "B's CISO is told the place is confirmed");

        // Registering again after withdrawing goes to the back of the queue.
        assertEquals(RegistrationState.WAITING, asOfficer.call(a, () -> meetings.register(drill, "山田 太郎", null)));
        // More places: the waiting list moves up as far as they go.
        asOfficer.call(host, () -> {
            meetings.revise(drill, details("ランサムウェア合同訓練", 4, Set.of(InstitutionTier.SELF_DEFENDING), List.of(13)));
            return null;
        });
        Meetings.Detail bigger = asOfficer.call(host, () -> meetings.one(drill));
        assertEquals(RegistrationState.CONFIRMED, stateOf(bigger, "田中 三郎"));
        assertEquals(RegistrationState.CONFIRMED, stateOf(bigger, "山田 太郎"));
        assertEquals(4, bigger.meeting().getPlacesTaken());
        assertEquals("meeting.capacityBelowConfirmed", assertThrows(RuleViolation.class, () -> asOfficer.call(host, () -> {
            meetings.revise(drill, details("ランサムウェア合同訓練", 3, Set.of(InstitutionTier.SELF_DEFENDING), List.of(13)));
            return null;
        })).code());
    }

    @Test
    void twoRegistrationsRacingForTheLastPlaceGiveItToExactlyOne() throws Exception {
        long hostId = institution("カンファレンスを開く病院", "LEADING", 27);
        String host = Fixtures.officer(dataSource, hostId);
        long conference = asOfficer.call(host, () -> meetings.announce(MeetingKind.CONFERENCE, details(
                "地域セキュリティカンファレンス", 1, Set.of(InstitutionTier.SELF_DEFENDING, InstitutionTier.ASSISTED), List.of())));
        for (int round = 0; round < 3; round++) {
            long meeting = round == 0 ? conference : asOfficer.call(host, () -> meetings.announce(MeetingKind.CONFERENCE,
                    details("地域セキュリティカンファレンス（追加回）", 1, Set.of(InstitutionTier.SELF_DEFENDING), List.of())));
            String first = Fixtures.officer(dataSource, institution("競う病院1", "SELF_DEFENDING", 27));
            String second = Fixtures.officer(dataSource, institution("競う病院2", "SELF_DEFENDING", 28));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RegistrationState>> racers = new ArrayList<>();
            for (String officer : List.of(first, second)) {
                racers.add(executor.submit(() -> {
                    start.await();
                    return asOfficer.call(officer, () -> meetings.register(meeting, "参加者 " + officer, null));
                }));
            }
            start.countDown();
            List<RegistrationState> states = new ArrayList<>();
            for (Future<RegistrationState> racer : racers) {
                states.add(racer.get());
            }
            assertTrue(states.contains(RegistrationState.CONFIRMED) && states.contains(RegistrationState.WAITING),
                    "exactly one of the two gets the last place: " + states);
            assertEquals("1", Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = "
                    + meeting + " AND state = 'CONFIRMED'"));
            assertEquals("1", Fixtures.scalar(dataSource, "SELECT places_taken FROM meeting WHERE id = " + meeting));
        }
    }

    @Test
    void attendancePrefillsTheHostsAndTheGuestsRequirementsAndOnlyThoseInvolvedSeeIt() throws Exception {
        long hostId = institution("訓練主催病院", "LEADING", 40);
        long guestId = institution("訓練参加病院", "SELF_DEFENDING", 40);
        long absentId = institution("欠席した病院", "SELF_DEFENDING", 40);
        long strangerId = institution("遠くの病院", "SELF_DEFENDING", 1);
        String host = Fixtures.officer(dataSource, hostId);
        String guest = Fixtures.officer(dataSource, guestId);
        String absent = Fixtures.officer(dataSource, absentId);
        String stranger = Fixtures.officer(dataSource, strangerId);
        long drill = asOfficer.call(host, () -> meetings.announce(MeetingKind.DRILL, details("九州合同サイバー訓練", 10,
                Set.of(InstitutionTier.SELF_DEFENDING), List.of(40))));
        asOfficer.call(guest, () -> meetings.register(drill, "伊藤 四郎", null));
        asOfficer.call(absent, () -> meetings.register(drill, "渡辺 五郎", null));

        AuditItem booked = prefilled(guestId, "S-12");
        assertEquals(AuditStatus.PARTIAL, booked.getStatus(), booked.getReasonJa());
        assertTrue(booked.getReasonJa().contains("九州合同サイバー訓練"), booked.getReasonJa());
        assertNull(prefilled(strangerId, "S-12").getStatus(), "nothing recorded: a person judges");

        assertEquals("meeting.notBegun", assertThrows(RuleViolation.class, () -> asOfficer.call(host, () -> {
            meetings.recordAttendance(drill, Map.of());
            return null;
        })).code(), "attendance waits for the day");
        // The day comes.
        Fixtures.update(dataSource, "UPDATE meeting SET starts_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, "
                + "ends_at = UTC_TIMESTAMP(6) + INTERVAL 2 HOUR WHERE id = " + drill);
        long ito = registrationOf(guest, drill, "伊藤 四郎");
        long watanabe = registrationOf(absent, drill, "渡辺 五郎");
        assertThrows(NotFound.class, () -> asOfficer.call(guest, () -> {
            meetings.recordAttendance(drill, Map.of(ito, true));
            return null;
        }), "a guest does not record attendance");
        asOfficer.call(host, () -> {
            meetings.recordAttendance(drill, Map.of(ito, true, watanabe, false));
            return null;
        });

        AuditItem hosted = prefilled(hostId, "L-14");
        assertEquals(AuditStatus.MET, hosted.getStatus(), hosted.getReasonJa());
        assertTrue(hosted.getReasonJa().contains("九州合同サイバー訓練"), hosted.getReasonJa());
        AuditItem joined = prefilled(guestId, "S-12");
        assertEquals(AuditStatus.MET, joined.getStatus(), joined.getReasonJa());
        AuditItem stayedAway = prefilled(absentId, "S-12");
        assertTrue(stayedAway.getStatus() != AuditStatus.MET, "absent is not attended: " + stayedAway.getReasonJa());
        assertNull(prefilled(hostId, "L-13").getStatus(), "no conference held: a person judges");

        assertTrue(asOfficer.call(guest, () -> meetings.certificate(ito)).length > 1000, "the guest's certificate");
        assertTrue(asOfficer.call(host, () -> meetings.certificate(ito)).length > 1000, "the host's copy");
        assertEquals("meeting.notAttended", assertThrows(RuleViolation.class,
                () -> asOfficer.call(absent, () -> meetings.certificate(watanabe))).code());
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> meetings.certificate(ito)));
        assertThrows(NotFound.class, () -> asOfficer.call(absent, () -> meetings.certificate(ito)),
                "another guest hospital does not get this one's certificate");
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> meetings.one(drill)),
                "a hospital not invited does not see the meeting");
        assertThrows(EJBAccessException.class, () -> asOfficer.callInRole(stranger, Role.HOLDER_NAME,
                () -> meetings.one(drill)), "a holder is refused");
        assertThrows(EJBAccessException.class, () -> meetings.one(drill), "anonymous is refused");
        assertEquals("meeting.attended", assertThrows(RuleViolation.class, () -> asOfficer.call(host, () -> {
            meetings.cancel(drill, "台風のため");
            return null;
        })).code(), "a meeting with attendance took place and stays");
        assertEquals(drill, asStaff.call(() -> meetings.one(drill)).meeting().getId(), "staff see every meeting");
    }

    private AuditItem prefilled(long institutionId, String code) throws Exception {
        long auditId = asStaff.call(() -> auditService.start(institutionId, "自己評価（IT）"));
        return asStaff.call(() -> audits.view(auditId)).items().stream()
                .filter(i -> i.getRequirement().getCode().equals(code)).findFirst().orElseThrow();
    }

    private long registrationOf(String officer, long meetingId, String name) throws Exception {
        return asOfficer.call(officer, () -> meetings.one(meetingId)).registrations().stream()
                .filter(r -> r.participantName().equals(name)).findFirst().orElseThrow().id();
    }

    private static RegistrationState stateOf(Meetings.Detail detail, String name) {
        return detail.registrations().stream().filter(r -> r.participantName().equals(name)).findFirst().orElseThrow()
                .state();
    }

    private String code(long institutionId) throws Exception {
        return Fixtures.scalar(dataSource, "SELECT institution_code FROM institution WHERE id = " + institutionId);
    }
}
