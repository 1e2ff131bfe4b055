package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.claims.ClaimConflictException;
import jp.medsec.claims.ClaimReview;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims queue against MariaDB: decisions, racing decisions, audit samples, history. */
@ExtendWith(ArquillianExtension.class)
class ClaimReviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("claim-review-it", ClaimReviewIT.class, AsStaff.class, ClaimFixtures.class);
    }

    @EJB
    private ClaimReview review;

    @EJB
    private ClaimFixtures fixtures;

    @EJB
    private AsStaff asStaff;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private long sql(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void twoStaffApprovingOneClaimAtOnceOneWinsTheOtherIsToldNothingCountsTwice() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long claimId = fixtures.submitted(30 + round, "LECTURING", 5, LocalDate.of(2026, 6, 1));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int staff = 0; staff < 2; staff++) {
                    outcomes.add(threads.submit(() -> {
                        start.await();
                        try {
                            return asStaff.call(() -> {
                                review.approve(claimId, 0);
                                return "approved";
                            });
                        } catch (ClaimConflictException e) {
                            assertTrue(e.getMessage().contains("not applied"), e.getMessage());
                            return "told";
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, results.stream().filter("approved"::equals).count(), "round " + round + ": " + results);
                assertEquals(1, results.stream().filter("told"::equals).count(), "round " + round + ": " + results);
                assertEquals("APPROVED", text("SELECT state FROM claim WHERE id = " + claimId));
                assertEquals(1, sql("SELECT version FROM claim WHERE id = " + claimId));
                assertEquals(1, sql("SELECT COUNT(*) FROM point_entry WHERE claim_id = " + claimId), "points once");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aDecisionOnAStaleViewIsRefusedAndARejectionNeedsAReason() throws Exception {
        long claimId = fixtures.submitted(40, "COMMITTEE", 4, LocalDate.of(2026, 5, 1));
        assertThrows(ClaimConflictException.class, () -> asStaff.call(() -> {
            review.approve(claimId, 7);
            return null;
        }));
        jakarta.validation.ConstraintViolationException noReason = assertThrows(jakarta.validation.ConstraintViolationException.class, () -> asStaff.call(() -> {
            review.reject(claimId, 0, " ");
            return null;
        }));
        assertTrue(noReason.getConstraintViolations().stream().anyMatch(v -> v.getPropertyPath().toString().contains("reason")),
                String.valueOf(noReason));
        asStaff.call(() -> {
            review.reject(claimId, 0, "証拠書類に委員会名の記載がありません");
            return null;
        });
        assertEquals("REJECTED", text("SELECT state FROM claim WHERE id = " + claimId));
        assertEquals(0, sql("SELECT COUNT(*) FROM point_entry WHERE claim_id = " + claimId));
        assertEquals(2, sql("SELECT COUNT(*) FROM claim_aud WHERE id = " + claimId), "submitted and rejected, both kept");
        assertThrows(ClaimConflictException.class, () -> asStaff.call(() -> {
            review.approve(claimId, 1);
            return null;
        }), "a rejected claim cannot be approved afterwards");
    }

    @Test
    void aRandomSampleIsPickedForAudit() throws Exception {
        for (int i = 0; i < 4; i++) {
            fixtures.submitted(50 + i, "PUBLICATION", 3, LocalDate.of(2026, 4, 1 + i));
        }
        long notSampled = sql("SELECT COUNT(*) FROM claim WHERE NOT audit_sample");
        long sampled = sql("SELECT COUNT(*) FROM claim WHERE audit_sample");
        int picked = asStaff.call(() -> review.sampleForAudit(25));
        assertEquals((int) Math.ceil(notSampled * 0.25), picked);
        assertEquals(sampled + picked, sql("SELECT COUNT(*) FROM claim WHERE audit_sample"));
        assertEquals(sampled + picked, asStaff.call(() -> review.queue(ClaimReview.Filter.AUDIT_SAMPLE)).size());
    }

    @Test
    void onlyStaffDecide() {
        assertThrows(EJBAccessException.class, () -> review.approve(1, 0));
        assertThrows(EJBAccessException.class, () -> review.queue(ClaimReview.Filter.ALL));
    }
}
