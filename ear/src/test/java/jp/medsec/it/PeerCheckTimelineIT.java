package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.peercheck.CheckSide;
import jp.medsec.peercheck.CheckView;
import jp.medsec.peercheck.PeerCheckPlans;
import jp.medsec.peercheck.PeerCheckTimeline;
import jp.medsec.peercheck.PlanView;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeline of a published check against MariaDB: the checker proposes the visit, the checked hospital confirms,
 * the calendar feed follows with a stable UID and a raised SEQUENCE; nobody else reaches the check, and the checker no
 * longer does once the cycle is closed.
 */
@ExtendWith(ArquillianExtension.class)
class PeerCheckTimelineIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("peer-check-timeline-it", PeerCheckTimelineIT.class, AsStaff.class, AsOfficer.class);
    }

    @EJB
    private PeerCheckPlans plans;

    @EJB
    private PeerCheckTimeline timeline;

    @EJB
    private AsStaff asStaff;

    @EJB
    private jp.medsec.audit.AuditReadModel audits;

    @EJB
    private jp.medsec.audit.Audits auditService;

    @EJB
    private AsOfficer asOfficer;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private String officerOf(long institutionId) throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO user_account (username, password_hash, role, display_name, institution_id) VALUES ('"
                    + username + "', '-', 'INSTITUTION_OFFICER', 'IT officer', " + institutionId + ")");
        }
        return username;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The lines of one VEVENT of the feed, found by its UID. */
    private static String event(String feed, String uid) {
        int at = feed.indexOf("UID:" + uid);
        assertTrue(at >= 0, "no event " + uid + " in\n" + feed);
        int start = feed.lastIndexOf("BEGIN:VEVENT", at);
        return feed.substring(start, feed.indexOf("END:VEVENT", at));
    }

    @Test
    void theCheckerProposesTheCheckedConfirmsAndTheFeedRaisesItsSequence() throws Exception {
        LocalDate today = JapaneseDates.today();
        int year = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) + 1;
        asStaff.call(() -> plans.compute(year));
        PlanView plan = asStaff.call(() -> plans.publish(year));
        PlanView.Pair pair = plan.pairs().get(0);
        String checker = officerOf(pair.checkerId());
        String checked = officerOf(pair.checkedId());
        String stranger = officerOf(plan.pairs().stream().filter(p -> p.checkedId() != pair.checkerId()
                && p.checkedId() != pair.checkedId()).findFirst().orElseThrow().checkedId());

        CheckView mine = asOfficer.call(checker, () -> timeline.mine()).stream().filter(c -> c.id() == pair.id())
                .findFirst().orElseThrow();
        assertEquals(CheckSide.CHECKER, mine.side());
        assertTrue(mine.steps().isEmpty(), "no dates before a proposal");

        RuleViolation tooSoon = assertThrows(RuleViolation.class, () -> asOfficer.call(checker,
                () -> timeline.propose(pair.id(), today.plusDays(10))));
        assertEquals("peercheck.tooSoon", tooSoon.code());
        LocalDate visit = today.plusDays(40);
        CheckView proposed = asOfficer.call(checker, () -> timeline.propose(pair.id(), visit));
        assertEquals(1, proposed.sequence());
        assertFalse(proposed.confirmed());
        assertEquals(visit.minusDays(30), proposed.steps().get(0).date(), "the document request 30 days before");
        assertTrue(proposed.steps().stream().allMatch(CheckView.Step::tentative));

        String path = asOfficer.call(checked, () -> timeline.calendarPath());
        HttpResponse<String> tentative = get(path);
        assertEquals(200, tentative.statusCode(), tentative.body());
        assertTrue(tentative.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String uid = "peer-check-" + pair.id() + "-site-visit@medsec-registry";
        String before = event(tentative.body(), uid);
        assertTrue(before.contains("SEQUENCE:1"), before);
        assertTrue(before.contains("STATUS:TENTATIVE"), before);
        assertTrue(before.contains("DTSTART;VALUE=DATE:" + visit.format(DateTimeFormatter.BASIC_ISO_DATE)), before);

        RuleViolation own = assertThrows(RuleViolation.class, () -> asOfficer.call(checker, () -> timeline.confirm(pair.id())));
        assertEquals("peercheck.ownProposal", own.code());
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> timeline.confirm(pair.id())),
                "another hospital does not reach the check");
        CheckView confirmed = asOfficer.call(checked, () -> timeline.confirm(pair.id()));
        assertEquals(visit, confirmed.visitOn());
        assertEquals(2, confirmed.sequence());

        // The check is carried out on an audit of the checked hospital: the checker answers it, and reaches nothing else
        // of that hospital.
        Long auditId = confirmed.auditId();
        assertTrue(auditId != null, "confirming the visit starts the check's audit");
        jp.medsec.audit.AuditReadModel.AuditView audit = asOfficer.call(checker, () -> audits.view(auditId));
        assertEquals(jp.medsec.audit.AuditKind.PEER_CHECK, audit.audit().getKind());
        assertEquals(pair.checkedId(), audit.audit().getInstitution().getId());
        assertTrue(audit.callerAnswers(), "the checking hospital's officer rates the items");
        assertTrue(asOfficer.call(checked, () -> audits.view(auditId)).audit() != null, "the checked hospital reads it");
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> audits.view(auditId)));
        long selfAssessment = asOfficer.call(checked, () -> auditService.start(pair.checkedId(), "自己評価（IT）"));
        assertThrows(NotFound.class, () -> asOfficer.call(checker, () -> audits.view(selfAssessment)),
                "the checked hospital's other audits stay hidden from the checker");
        String after = event(get(path).body(), uid);
        assertTrue(after.contains("SEQUENCE:2") && after.contains("STATUS:CONFIRMED"), after);
        String checkerFeed = get(asOfficer.call(checker, () -> timeline.calendarPath())).body();
        assertTrue(event(checkerFeed, uid).contains("STATUS:CONFIRMED"), "the checker's feed has the same step");
        assertEquals(404, get(path.replaceAll("token=.*", "token=wrong")).statusCode());
        String renewed = asOfficer.call(checked, () -> timeline.renewCalendar());
        assertEquals(404, get(path).statusCode(), "the old link stops once renewed");
        assertEquals(200, get(renewed).statusCode());

        asStaff.call(() -> {
            plans.close(year);
            return null;
        });
        assertTrue(asOfficer.call(checker, () -> timeline.mine()).stream().noneMatch(c -> c.id() == pair.id()),
                "the checker no longer sees last cycle's check");
        assertThrows(NotFound.class, () -> asOfficer.call(checker, () -> timeline.propose(pair.id(), visit)));
        assertThrows(NotFound.class, () -> asOfficer.call(checker, () -> audits.view(auditId)),
                "the checker no longer reads last cycle's audit once the cycle is closed");
        assertEquals(pair.checkedId(), asOfficer.call(checked, () -> audits.view(auditId)).audit().getInstitution().getId());
        assertTrue(asOfficer.call(checked, () -> timeline.mine()).stream().anyMatch(c -> c.id() == pair.id()),
                "the checked hospital keeps its own history");
    }
}
