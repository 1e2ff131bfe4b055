package jp.medsec.peercheck;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;
import jp.medsec.consultation.AdviceRequirement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckRequirementTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 20);
    private static final LocalDate FEBRUARY = LocalDate.of(2027, 2, 10);

    private static CheckRequirement.Fact mutual(CheckSide side, int year, LocalDate visit, boolean reported) {
        return new CheckRequirement.Fact(CheckKind.MUTUAL, side, year, side == CheckSide.CHECKER ? "甲病院" : "乙病院",
                visit, reported, true);
    }

    private static CheckRequirement.Fact security(CheckSide side, int year, boolean accepted, boolean reported) {
        return new CheckRequirement.Fact(CheckKind.SECURITY, side, year, "丙病院", null, reported, accepted);
    }

    @Test
    void bothSidesReportedMeetTheMutualChecks() {
        Verdict v = CheckRequirement.mutual(List.of(mutual(CheckSide.CHECKER, 2026, LocalDate.of(2026, 10, 1), true),
                mutual(CheckSide.CHECKED, 2026, LocalDate.of(2026, 11, 1), true)), 2026, FEBRUARY);
        assertEquals(AuditStatus.MET, v.status(), v.reasonJa());
        assertTrue(v.reasonJa().contains("甲病院 をチェック（報告書完成）"), v.reasonJa());
    }

    @Test
    void aYearUnderWayDefersToTheLastOne() {
        List<CheckRequirement.Fact> facts = List.of(
                mutual(CheckSide.CHECKER, 2025, LocalDate.of(2025, 10, 1), true),
                mutual(CheckSide.CHECKED, 2025, LocalDate.of(2025, 11, 1), true),
                mutual(CheckSide.CHECKER, 2026, null, false), mutual(CheckSide.CHECKED, 2026, null, false));
        Verdict v = CheckRequirement.mutual(facts, 2026, MAY);
        assertEquals(AuditStatus.MET, v.status(), "last year's checks were done: " + v.reasonJa());
        assertTrue(v.reasonJa().contains("2025年度の相互チェック") && v.reasonJa().contains("訪問日未確定"), v.reasonJa());
    }

    @Test
    void aLastYearWithOnlyOneSideDoneIsPartialAndNothingDoneIsNotMet() {
        Verdict partial = CheckRequirement.mutual(List.of(mutual(CheckSide.CHECKER, 2025, LocalDate.of(2025, 10, 1), true),
                mutual(CheckSide.CHECKED, 2025, null, false)), 2026, MAY);
        assertEquals(AuditStatus.PARTIAL, partial.status());
        Verdict notMet = CheckRequirement.mutual(List.of(mutual(CheckSide.CHECKER, 2025, null, false),
                mutual(CheckSide.CHECKED, 2025, null, false)), 2026, MAY);
        assertEquals(AuditStatus.NOT_MET, notMet.status());
    }

    @Test
    void aFirstYearUnderWayIsPartialOnceVisitedAndUnjudgedBefore() {
        Verdict visited = CheckRequirement.mutual(List.of(mutual(CheckSide.CHECKER, 2026, LocalDate.of(2026, 10, 1), false),
                mutual(CheckSide.CHECKED, 2026, LocalDate.of(2027, 3, 1), false)), 2026, FEBRUARY);
        assertEquals(AuditStatus.PARTIAL, visited.status());
        Verdict ahead = CheckRequirement.mutual(List.of(mutual(CheckSide.CHECKER, 2026, LocalDate.of(2026, 10, 1), false)),
                2026, MAY);
        assertNull(ahead.status(), ahead.reasonJa());
        Verdict none = CheckRequirement.mutual(List.of(), 2026, MAY);
        assertNull(none.status());
        assertTrue(none.reasonJa().contains("参加していない"));
    }

    @Test
    void securityChecksAreMetWhenReportedPartialUnderWayAndUnjudgedWithoutRecords() {
        assertEquals(AuditStatus.MET, CheckRequirement.carriedOut(List.of(security(CheckSide.CHECKER, 2025, true, true)),
                2026).status());
        assertEquals(AuditStatus.PARTIAL, CheckRequirement.carriedOut(List.of(security(CheckSide.CHECKER, 2026, true,
                false)), 2026).status());
        assertNull(CheckRequirement.carriedOut(List.of(security(CheckSide.CHECKER, 2026, false, false)), 2026).status(),
                "a request not yet accepted is no check carried out");
        assertNull(CheckRequirement.carriedOut(List.of(security(CheckSide.CHECKER, 2024, true, true)), 2026).status(),
                "two years back no longer counts");
        Verdict requested = CheckRequirement.undergone(List.of(security(CheckSide.CHECKED, 2026, false, false)), 2026);
        assertEquals(AuditStatus.PARTIAL, requested.status());
        assertTrue(requested.reasonJa().contains("依頼中"), requested.reasonJa());
        assertNull(CheckRequirement.undergone(List.of(security(CheckSide.CHECKER, 2026, true, true)), 2026).status(),
                "checking another is not being checked");
    }

    @Test
    void adviceIsMetOnceAnswered() {
        assertEquals(AuditStatus.MET, AdviceRequirement.judge(2026, 3, 1).status());
        assertEquals(AuditStatus.PARTIAL, AdviceRequirement.judge(2026, 2, 0).status());
        assertNull(AdviceRequirement.judge(2026, 0, 0).status());
    }
}
