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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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
        return Deployments.services("peer-check-timeline-it", PeerCheckTimelineIT.class, AsStaff.class, AsOfficer.class,
                Fixtures.class, TestDatabase.class);
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

    @EJB
    private jp.medsec.audit.AuditEvidenceFiles evidenceFiles;

    @EJB
    private jp.medsec.audit.Findings findings;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;


    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The check itself: the checked hospital supplies a document, the checker rates an item NOT_MET, the finding
     * reaches the checked hospital, which plans and resolves it; only the checker verifies it; the checker writes the
     * summary and completes the report; the steps show what is done.
     */
    private void workTheCheck(long auditId, PlanView.Pair pair, String checker, String checked, String stranger,
                              LocalDate visit) throws Exception {
        jp.medsec.audit.AuditReadModel.AuditView asChecked = asOfficer.call(checked, () -> audits.view(auditId));
        assertFalse(asChecked.callerAnswers(), "the checked hospital does not rate itself");
        assertTrue(asChecked.callerAddsEvidence(), "the checked hospital supplies the requested documents");
        assertFalse(asChecked.callerVerifies());
        long first = asChecked.items().get(0).getId();
        long second = asChecked.items().get(1).getId();
        asOfficer.call(checked, () -> evidenceFiles.addEvidence(first, "情報セキュリティ規程（2026年改定）", "rules.pdf",
                "%PDF-1.4 it".getBytes(java.nio.charset.StandardCharsets.US_ASCII), JapaneseDates.today()));
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> evidenceFiles.addEvidence(first, "x", null, null,
                JapaneseDates.today())), "a stranger does not reach the check's items");
        RuleViolation rating = assertThrows(RuleViolation.class, () -> asOfficer.call(checked, () -> {
            auditService.answer(second, jp.medsec.compliance.AuditStatus.MET, null, JapaneseDates.today());
            return null;
        }));
        assertEquals("audit.notAuditor", rating.code());
        assertTrue(stepDone(checked, pair.id(), jp.medsec.peercheck.CheckStep.DOCUMENTS_DUE), "documents are in");

        asOfficer.call(checker, () -> {
            auditService.answer(second, jp.medsec.compliance.AuditStatus.NOT_MET, "訓練の記録がない", JapaneseDates.today());
            return null;
        });
        jp.medsec.audit.Finding finding = asOfficer.call(checked, () -> audits.view(auditId)).findings().get(0);
        assertEquals(second, finding.getItem().getId(), "the finding reaches the checked hospital");
        asOfficer.call(checked, () -> {
            findings.plan(finding.getId(), jp.medsec.audit.Severity.HIGH, "医療情報部 部長", visit.plusMonths(2));
            findings.startWork(finding.getId(), "訓練計画を作成");
            findings.resolve(finding.getId(), "訓練を実施し記録を保存した");
            return null;
        });
        assertEquals("finding.notVerifier", assertThrows(RuleViolation.class, () -> asOfficer.call(checked, () -> {
            findings.verify(finding.getId());
            return null;
        })).code(), "the checked hospital never verifies its own finding");
        assertTrue(asOfficer.call(checker, () -> audits.view(auditId)).callerVerifies());
        asOfficer.call(checker, () -> {
            findings.verify(finding.getId());
            return null;
        });
        assertEquals(jp.medsec.audit.FindingState.VERIFIED, asOfficer.call(checked, () -> findings.finding(finding.getId())).getState());

        asOfficer.call(checker, () -> {
            auditService.writeSummary(auditId, "全体として適切に運用されている。訓練の記録に改善の余地がある。");
            for (jp.medsec.audit.AuditItem item : audits.view(auditId).items()) {
                if (item.getStatus() == null) {
                    auditService.answer(item.getId(), jp.medsec.compliance.AuditStatus.MET, null, JapaneseDates.today());
                }
            }
            auditService.complete(auditId);
            return null;
        });
        assertEquals("全体として適切に運用されている。訓練の記録に改善の余地がある。",
                asOfficer.call(checked, () -> audits.view(auditId)).audit().getSummary());
        assertTrue(stepDone(checker, pair.id(), jp.medsec.peercheck.CheckStep.REPORT_DUE));
        // The system's suggestions may have opened findings of their own: the re-check is done once all are verified.
        for (jp.medsec.audit.Finding other : asOfficer.call(checked, () -> audits.view(auditId)).findings()) {
            if (other.getState() != jp.medsec.audit.FindingState.VERIFIED) {
                assertFalse(stepDone(checker, pair.id(), jp.medsec.peercheck.CheckStep.RECHECK), "a finding is open");
                asOfficer.call(checked, () -> {
                    findings.resolve(other.getId(), "是正した");
                    return null;
                });
                asOfficer.call(checker, () -> {
                    findings.verify(other.getId());
                    return null;
                });
            }
        }
        assertTrue(stepDone(checker, pair.id(), jp.medsec.peercheck.CheckStep.REMEDIATION_DUE), "nothing outstanding");
        assertTrue(stepDone(checker, pair.id(), jp.medsec.peercheck.CheckStep.RECHECK), "every finding verified");
        assertFalse(stepDone(checker, pair.id(), jp.medsec.peercheck.CheckStep.SITE_VISIT), "the visit is still ahead");
        assertEquals("audit.completed", assertThrows(RuleViolation.class, () -> asOfficer.call(checker, () -> {
            auditService.writeSummary(auditId, "後から");
            return null;
        })).code(), "the report is final once completed");
    }

    private boolean stepDone(String officer, long checkId, jp.medsec.peercheck.CheckStep step) throws Exception {
        return asOfficer.call(officer, () -> timeline.mine()).stream().filter(c -> c.id() == checkId).findFirst()
                .orElseThrow().steps().stream().filter(s -> s.step() == step).findFirst().orElseThrow().done();
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
        String checker = Fixtures.officer(dataSource, pair.checkerId());
        String checked = Fixtures.officer(dataSource, pair.checkedId());
        String stranger = Fixtures.officer(dataSource, plan.pairs().stream().filter(p -> p.checkedId() != pair.checkerId()
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
        workTheCheck(auditId, pair, checker, checked, stranger, visit);

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
