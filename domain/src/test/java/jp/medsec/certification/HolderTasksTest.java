package jp.medsec.certification;

import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.certification.points.Transcript;
import jp.medsec.geo.Prefecture;
import jp.medsec.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a holder is told to do, by when: from the transcripts, the applications and the claims. */
class HolderTasksTest {

    private final CertificationRule rule = new CertificationRule(CertificationType.HIT, LocalDate.of(2001, 4, 1), 50, true,
            5, 11, 11, MonthDay.of(4, 5), 10_000);
    private final Certification hit = new Holder(new PersonName("山田", "太郎", "ヤマダ", "タロウ"),
            new Prefecture(13, "東京都", "Tokyo", "KANTO")).certify(CertificationType.HIT,
            CertificateNumber.of(CertificationType.HIT, 1), rule.cycleAfter(rule.firstCycleAfterPassing(2017)));
    private final LocalDate inWindow = LocalDate.of(2026, 11, 21);
    private final LocalDate deadline = LocalDate.of(2027, 3, 31);

    private CertificationTranscript transcript(int points, LocalDate seminar) {
        CertificationCycle cycle = hit.currentCycle();
        return new CertificationTranscript(1, CertificationType.HIT, hit.getCertificateNumber(), hit.getStatus(),
                new Transcript(CertificationType.HIT, cycle, 50, points, true, seminar, List.of(),
                        cycle.renewalWindowStart(), cycle.end(), LocalDate.of(2027, 4, 5)));
    }

    @Test
    void shortPointsAndTheSeminarAreDueAtTheCyclesEndAndTheWaitingClaimsLast() {
        List<HolderTasks.Task> tasks = HolderTasks.of(List.of(transcript(43, null)), List.of(), 2, inWindow);
        assertEquals(List.of(HolderTasks.Kind.POINTS, HolderTasks.Kind.SEMINAR, HolderTasks.Kind.CLAIMS_WAITING),
                tasks.stream().map(HolderTasks.Task::kind).toList());
        assertEquals(7, tasks.get(0).count());
        assertEquals(deadline, tasks.get(0).due());
        assertEquals("points", tasks.get(0).tab());
        assertEquals(2, tasks.get(2).count());
    }

    @Test
    void completeInsideTheWindowMeansApplyAndBeforeItMeansWait() {
        assertEquals(List.of(new HolderTasks.Task(HolderTasks.Kind.APPLY, hit.getCertificateNumber(), CertificationType.HIT,
                deadline, 0)), HolderTasks.of(List.of(transcript(50, LocalDate.of(2025, 6, 1))), List.of(), 0, inWindow));
        assertEquals(List.of(new HolderTasks.Task(HolderTasks.Kind.WINDOW_OPENS, hit.getCertificateNumber(),
                        CertificationType.HIT, LocalDate.of(2026, 11, 1), 0)),
                HolderTasks.of(List.of(transcript(50, LocalDate.of(2025, 6, 1))), List.of(), 0, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void anApplicationIsRefusedWhileShortAndOnceMadeThePapersAreDue() {
        CertificationTranscript shortOne = transcript(43, LocalDate.of(2025, 6, 1));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> RenewalApplication.apply(hit, rule, shortOne.transcript(), inWindow, Instant.now()));
        assertEquals("renewal.pointsShort", refused.code());
        assertEquals("renewal.seminarMissing", assertThrows(RuleViolation.class, () -> RenewalApplication.apply(hit, rule,
                transcript(50, null).transcript(), inWindow, Instant.now())).code());

        CertificationTranscript complete = transcript(52, LocalDate.of(2025, 6, 1));
        RenewalApplication application = RenewalApplication.apply(hit, rule, complete.transcript(), inWindow, Instant.now());
        List<HolderTasks.Task> tasks = HolderTasks.of(List.of(complete), List.of(application), 0, inWindow);
        assertEquals(List.of(new HolderTasks.Task(HolderTasks.Kind.RENEWAL_WAITING, hit.getCertificateNumber(),
                CertificationType.HIT, LocalDate.of(2027, 4, 5), 0)), tasks);

        application.returnWithReasons("書類に署名がありません", "staff", Instant.now());
        assertEquals(List.of(HolderTasks.Kind.RENEWAL_RETURNED),
                HolderTasks.of(List.of(complete), List.of(application), 0, inWindow).stream().map(HolderTasks.Task::kind).toList());
    }
}
