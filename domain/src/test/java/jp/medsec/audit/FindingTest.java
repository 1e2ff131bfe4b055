package jp.medsec.audit;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding's life: opened by a NOT_MET or PARTIAL answer, worked, resolved with notes, verified, or reopened. */
class FindingTest {

    private static AuditItem item(AuditStatus status) throws Exception {
        Constructor<AuditItem> constructor = AuditItem.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        AuditItem item = constructor.newInstance();
        Field field = AuditItem.class.getDeclaredField("status");
        field.setAccessible(true);
        field.set(item, status);
        return item;
    }

    @Test
    void notMetOpensAHighFindingDueInThreeMonths() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 21);
        Finding f = Finding.open(item(AuditStatus.NOT_MET), "山田 太郎", today, Instant.now());
        assertEquals(Severity.HIGH, f.getSeverity());
        assertEquals(LocalDate.of(2027, 2, 21), f.getDueDate());
        assertEquals(FindingState.OPEN, f.getState());
        assertEquals(Severity.MEDIUM, Finding.open(item(AuditStatus.PARTIAL), "x", today, Instant.now()).getSeverity());
        assertThrows(IllegalArgumentException.class, () -> Finding.open(item(AuditStatus.MET), "x", today, Instant.now()));
        assertTrue(f.isOverdue(LocalDate.of(2027, 2, 22)));
    }

    @Test
    void itGoesOpenInProgressResolvedVerifiedAndCanBeReopened() throws Exception {
        Finding f = Finding.open(item(AuditStatus.NOT_MET), "山田 太郎", LocalDate.now(), Instant.now());
        assertThrows(RuleViolation.class, () -> f.verify("staff", Instant.now()), "not resolved yet");
        f.startWork("研修計画を作成");
        assertThrows(RuleViolation.class, () -> f.resolve(" ", Instant.now()), "notes are required");
        f.resolve("全職員研修を実施", Instant.now());
        assertEquals(FindingState.RESOLVED, f.getState());
        assertTrue(f.getRemediation().contains("研修計画を作成") && f.getRemediation().contains("全職員研修を実施"));
        f.verify("staff", Instant.now());
        assertEquals(FindingState.VERIFIED, f.getState());
        assertEquals("staff", f.getVerifiedBy());
        assertThrows(RuleViolation.class, () -> f.plan(Severity.LOW, "x", LocalDate.now()), "verified is closed");
        assertThrows(RuleViolation.class, () -> f.reopen(""));
        f.reopen("記録が不十分");
        assertEquals(FindingState.OPEN, f.getState());
        assertNull(f.getVerifiedBy());
        assertThrows(RuleViolation.class, () -> f.reopen("again"), "an open finding is not reopened");
    }

    @Test
    void itSaysWhatMayHappenNext() throws Exception {
        Finding f = Finding.open(item(AuditStatus.NOT_MET), "山田 太郎", LocalDate.now(), Instant.now());
        assertEquals("plan start resolve", next(f));
        f.startWork(null);
        assertEquals("plan resolve", next(f));
        f.resolve("対応済み", Instant.now());
        assertEquals("plan verify reopen", next(f));
        f.verify("staff", Instant.now());
        assertEquals("reopen", next(f), "verified: closed, only a re-opening");
    }

    private static String next(Finding f) {
        return String.join(" ", java.util.stream.Stream.of(f.canPlan() ? "plan" : null, f.canStartWork() ? "start" : null,
                f.canResolve() ? "resolve" : null, f.canVerify() ? "verify" : null, f.canReopen() ? "reopen" : null)
                .filter(java.util.Objects::nonNull).toList());
    }
}
