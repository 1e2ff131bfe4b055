package jp.medsec.meeting;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;
import jp.medsec.geo.Prefecture;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionCode;
import jp.medsec.institution.InstitutionKind;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final Prefecture TOKYO = new Prefecture(13, "東京都", "Tokyo", "KANTO");
    private static final Prefecture OSAKA = new Prefecture(27, "大阪府", "Osaka", "KINKI");
    private static long ids = 1;

    private static Institution institution(InstitutionTier tier, Prefecture prefecture) throws Exception {
        Institution institution = new Institution(InstitutionCode.of(prefecture.getCode(), 1, (int) ids), "病院" + ids,
                prefecture, InstitutionKind.OTHER, 200, tier);
        var id = Institution.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(institution, ids++);
        return institution;
    }

    private static Meeting.Details details(int capacity, List<Integer> prefectures) {
        Instant starts = NOW.plus(Duration.ofDays(20));
        return new Meeting.Details("合同訓練", null, starts, starts.plus(Duration.ofHours(3)), "会議室", null, capacity,
                Set.of(InstitutionTier.SELF_DEFENDING), prefectures);
    }

    @Test
    void theLastPlaceGoesToOneAndTheWaitingListMovesUpInOrder() throws Exception {
        Institution host = institution(InstitutionTier.LEADING, TOKYO);
        Institution guest = institution(InstitutionTier.SELF_DEFENDING, TOKYO);
        Meeting drill = new Meeting(MeetingKind.DRILL, host, null, details(1, List.of()), "host", NOW);
        assertEquals(host.getName(), drill.getOrganiser());
        Registration first = drill.register(guest, "一人目", null, "guest", NOW);
        Registration second = drill.register(guest, "二人目", null, "guest", NOW.plusSeconds(1));
        assertEquals(RegistrationState.CONFIRMED, first.getState());
        assertEquals(RegistrationState.WAITING, second.getState());
        assertEquals(1, drill.getPlacesTaken());
        assertTrue(drill.withdraw(first, NOW.plusSeconds(2)), "a freed place: the waiting list moves up");
        drill.moveUp(second, NOW.plusSeconds(2));
        assertEquals(RegistrationState.CONFIRMED, second.getState());
        assertEquals(1, drill.getPlacesTaken());
        assertFalse(drill.hasFreePlace());
        assertThrows(RuleViolation.class, () -> first.cancel(NOW), "withdrawn once");
    }

    @Test
    void aMeetingInvitesItsTiersAndPrefecturesAndNotItsHost() throws Exception {
        Institution host = institution(InstitutionTier.LEADING, TOKYO);
        Meeting regional = new Meeting(MeetingKind.CONFERENCE, host, null, details(10, List.of(13)), "host", NOW);
        assertTrue(regional.invites(institution(InstitutionTier.SELF_DEFENDING, TOKYO)));
        assertFalse(regional.invites(institution(InstitutionTier.SELF_DEFENDING, OSAKA)), "another prefecture");
        assertFalse(regional.invites(institution(InstitutionTier.ASSISTED, TOKYO)), "a tier not invited");
        assertFalse(regional.invites(host));
        assertEquals("meeting.hostTier", assertThrows(RuleViolation.class, () -> new Meeting(MeetingKind.DRILL,
                institution(InstitutionTier.SELF_DEFENDING, TOKYO), null, details(5, List.of()), "x", NOW)).code());
    }

    @Test
    void badDetailsAreRefusedNamingTheField() throws Exception {
        Institution host = institution(InstitutionTier.LEADING, TOKYO);
        Instant starts = NOW.plus(Duration.ofDays(3));
        assertEquals("meeting.endsBeforeStart", assertThrows(InputRejected.class, () -> new Meeting(MeetingKind.DRILL,
                host, null, new Meeting.Details("訓練", null, starts, starts.minusSeconds(60), "会議室", null, 5,
                Set.of(InstitutionTier.SELF_DEFENDING), List.of()), "x", NOW)).code());
        assertEquals("meeting.where", assertThrows(InputRejected.class, () -> new Meeting(MeetingKind.DRILL, host,
                null, new Meeting.Details("訓練", null, starts, starts.plusSeconds(3600), " ", null, 5,
                Set.of(InstitutionTier.SELF_DEFENDING), List.of()), "x", NOW)).code());
        assertEquals("meeting.link", assertThrows(InputRejected.class, () -> new Meeting(MeetingKind.DRILL, host,
                null, new Meeting.Details("訓練", null, starts, starts.plusSeconds(3600), null, "javascript:alert(1)", 5,
                Set.of(InstitutionTier.SELF_DEFENDING), List.of()), "x", NOW)).code());
        assertEquals("meeting.inPast", assertThrows(InputRejected.class, () -> new Meeting(MeetingKind.DRILL, host,
                null, new Meeting.Details("訓練", null, NOW.minusSeconds(60), NOW.plusSeconds(3600), "会議室", null, 5,
                Set.of(InstitutionTier.SELF_DEFENDING), List.of()), "x", NOW)).code());
        Meeting meeting = new Meeting(MeetingKind.DRILL, host, null, details(2, List.of()), "x", NOW);
        meeting.register(institution(InstitutionTier.SELF_DEFENDING, TOKYO), "一人目", null, "g", NOW);
        meeting.register(institution(InstitutionTier.SELF_DEFENDING, TOKYO), "二人目", null, "g", NOW);
        assertEquals("meeting.capacityBelowConfirmed", assertThrows(RuleViolation.class,
                () -> meeting.revise(details(1, List.of()), NOW)).code());
    }

    @Test
    void theRequirementIsMetThisYearOrByLastYearWhileThisOneIsShort() {
        MeetingRequirement.Rule hostsDrills = new MeetingRequirement.Rule("HOSTS_DRILLS", MeetingKind.DRILL,
                MeetingRequirement.Side.HOST, 1);
        LocalDate day = LocalDate.of(2026, 6, 1);
        Verdict none = MeetingRequirement.judge(hostsDrills, List.of(), 2026);
        assertNull(none.status(), "nothing recorded: a person judges");
        var lastYear = new MeetingRequirement.Fact(MeetingKind.DRILL, MeetingRequirement.Side.HOST, 2025, "昨年の訓練",
                day.minusYears(1), true, false);
        var booked = new MeetingRequirement.Fact(MeetingKind.DRILL, MeetingRequirement.Side.HOST, 2026, "今年の訓練",
                day.plusMonths(4), false, true);
        Verdict byLastYear = MeetingRequirement.judge(hostsDrills, List.of(lastYear, booked), 2026);
        assertEquals(AuditStatus.MET, byLastYear.status());
        assertTrue(byLastYear.reasonJa().contains("昨年の訓練") && byLastYear.reasonJa().contains("予定 1 回"),
                byLastYear.reasonJa());
        assertEquals(AuditStatus.PARTIAL, MeetingRequirement.judge(hostsDrills, List.of(booked), 2026).status());
        var conference = new MeetingRequirement.Fact(MeetingKind.CONFERENCE, MeetingRequirement.Side.HOST, 2026,
                "カンファレンス", day, true, false);
        assertNull(MeetingRequirement.judge(hostsDrills, List.of(conference), 2026).status(),
                "a conference is not a drill");
        MeetingRequirement.Rule twice = new MeetingRequirement.Rule("HOSTS_DRILLS", MeetingKind.DRILL,
                MeetingRequirement.Side.HOST, 2);
        var heldNow = new MeetingRequirement.Fact(MeetingKind.DRILL, MeetingRequirement.Side.HOST, 2026, "今年の訓練",
                day, true, false);
        assertEquals(AuditStatus.PARTIAL, MeetingRequirement.judge(twice, List.of(heldNow), 2026).status(),
                "one of the two a year the rule asks");
    }
}
