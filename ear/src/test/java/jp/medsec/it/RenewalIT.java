package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.certification.CertificationAdmin;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.Renewals;
import jp.medsec.certification.RenewalRow;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renewal, return, deferral, issue, revocation and reinstatement against MariaDB, with their history. */
@ExtendWith(ArquillianExtension.class)
class RenewalIT {

    /** HIT certifications in their renewal window (cycle ending 2027-03-31) with the seminar and well over 50 points. */
    static final String RENEWABLE = "SELECT c.id FROM certification c WHERE c.type = 'HIT' AND c.status = 'RENEWAL_DUE' "
            + "AND c.holder_id > 6 "
            + "AND EXISTS (SELECT 1 FROM point_entry s WHERE s.holder_id = c.holder_id AND s.counts_as_seminar "
            + "AND s.earned_on BETWEEN c.valid_from AND c.valid_until) AND (SELECT SUM(p.points) FROM point_entry p "
            + "WHERE p.holder_id = c.holder_id AND p.category = 'EVENT' AND p.earned_on BETWEEN c.valid_from AND c.valid_until) "
            + ">= 55 AND NOT EXISTS (SELECT 1 FROM renewal_application r WHERE r.certification_id = c.id) ORDER BY c.id";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("renewal-it", RenewalIT.class, AsStaff.class, RenewalFixtures.class);
    }

    @EJB
    private Renewals renewals;

    @EJB
    private CertificationAdmin admin;

    @EJB
    private jp.medsec.certification.CertificateVerification verification;

    @EJB
    private RenewalFixtures fixtures;

    @EJB
    private AsStaff asStaff;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private String text(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next(), "no row for " + query);
            return rs.getString(1);
        }
    }

    private RenewalRow row(long applicationId) throws Exception {
        return asStaff.call(() -> renewals.applications(false)).stream().filter(r -> r.id() == applicationId).findFirst()
                .orElseThrow();
    }

    @Test
    void anApprovedRenewalStartsANewCycleAndKeepsTheHistory() throws Exception {
        long certificationId = Long.parseLong(text(RENEWABLE + " LIMIT 1"));
        long applicationId = fixtures.applied(certificationId);
        assertTrue(row(applicationId).meetsRequirements(), "the transcript meets the rules");

        jp.medsec.shared.RuleViolation noFee = assertThrows(jp.medsec.shared.RuleViolation.class, () -> asStaff.call(() -> {
            renewals.approve(applicationId);
            return null;
        }));
        assertTrue(noFee.getMessage().contains("fee"), noFee.getMessage());

        asStaff.call(() -> {
            renewals.recordFee(applicationId, LocalDate.of(2026, 11, 25), 10_000);
            renewals.approve(applicationId);
            return null;
        });
        assertEquals("2027-04-01", text("SELECT valid_from FROM certification WHERE id = " + certificationId));
        assertEquals("2032-03-31", text("SELECT valid_until FROM certification WHERE id = " + certificationId));
        assertEquals("ACTIVE", text("SELECT status FROM certification WHERE id = " + certificationId));
        assertEquals("APPROVED", text("SELECT state FROM renewal_application WHERE id = " + applicationId));
        assertEquals("2027-03-31", text("SELECT valid_until FROM certification_aud WHERE id = " + certificationId
                + " ORDER BY rev LIMIT 1"), "the old cycle is kept in the history");
        assertEquals("2032-03-31", text("SELECT valid_until FROM certification_aud WHERE id = " + certificationId
                + " ORDER BY rev DESC LIMIT 1"), "the renewal is a revision of its own");
    }

    @Test
    void anApplicationShortOfPointsIsReturnedNotApproved() throws Exception {
        long certificationId = Long.parseLong(text("SELECT c.id FROM certification c WHERE c.type = 'HIT' AND c.status = "
                + "'RENEWAL_DUE' AND c.holder_id > 6 AND NOT EXISTS (SELECT 1 FROM point_entry s WHERE s.holder_id = c.holder_id AND "
                + "s.counts_as_seminar AND s.earned_on BETWEEN c.valid_from AND c.valid_until) AND NOT EXISTS (SELECT 1 "
                + "FROM renewal_application r WHERE r.certification_id = c.id) ORDER BY c.id LIMIT 1"));
        long applicationId = fixtures.applied(certificationId);
        assertTrue(row(applicationId).seminarMissing());
        asStaff.call(() -> {
            renewals.recordFee(applicationId, LocalDate.of(2026, 11, 25), 10_000);
            return null;
        });
        assertThrows(jp.medsec.shared.RuleViolation.class, () -> asStaff.call(() -> {
            renewals.approve(applicationId);
            return null;
        }));
        asStaff.call(() -> {
            renewals.returnToHolder(applicationId, "生涯研修セミナーの受講記録がありません");
            return null;
        });
        assertEquals("RETURNED", text("SELECT state FROM renewal_application WHERE id = " + applicationId));
        assertEquals("RENEWAL_DUE", text("SELECT status FROM certification WHERE id = " + certificationId));
    }

    @Test
    void anApprovedDeferralMovesTheCycleEnd() throws Exception {
        long certificationId = Long.parseLong(text("SELECT id FROM certification WHERE status = 'ACTIVE' AND type = 'MIIS' "
                + "AND holder_id > 6 ORDER BY id LIMIT 1"));
        String end = text("SELECT valid_until FROM certification WHERE id = " + certificationId);
        long requestId = fixtures.deferralRequested(certificationId);
        asStaff.call(() -> {
            renewals.approveDeferral(requestId, 1);
            return null;
        });
        assertEquals(LocalDate.parse(end).plusYears(1).toString(),
                text("SELECT valid_until FROM certification WHERE id = " + certificationId));
        assertEquals("DEFERRED", text("SELECT status FROM certification WHERE id = " + certificationId));
    }

    @Test
    void staffIssueRevokeAndReinstate() throws Exception {
        long holderId = Long.parseLong(text("SELECT h.id FROM holder h WHERE EXISTS (SELECT 1 FROM certification c WHERE "
                + "c.holder_id = h.id AND c.type = 'HIT' AND c.status = 'ACTIVE') AND NOT EXISTS (SELECT 1 FROM certification "
                + "m WHERE m.holder_id = h.id AND m.type = 'MIIS') ORDER BY h.id LIMIT 1"));
        String number = asStaff.call(() -> admin.issue(holderId, CertificationType.MIIS, LocalDate.now().getYear()));
        assertTrue(number.matches("MIIS-[0-9]{8}"), number);
        long id = Long.parseLong(text("SELECT id FROM certification WHERE certificate_number = '" + number + "'"));
        jp.medsec.certification.CertificateNumber parsed = jp.medsec.certification.CertificateNumber.parse(number);
        // The public check reads the second-level cache: it has the certificate now, and must never answer stale.
        assertEquals(CertificationStatus.ACTIVE, verification.verify(parsed).orElseThrow().status());
        asStaff.call(() -> {
            admin.revoke(id, "受験資格の虚偽申告");
            return null;
        });
        assertEquals("REVOKED", text("SELECT status FROM certification WHERE id = " + id));
        assertEquals(CertificationStatus.REVOKED, verification.verify(parsed).orElseThrow().status(), "revoked at once");
        asStaff.call(() -> {
            admin.reinstate(id);
            return null;
        });
        assertEquals("ACTIVE", text("SELECT status FROM certification WHERE id = " + id));
        assertEquals(CertificationStatus.ACTIVE, verification.verify(parsed).orElseThrow().status(), "reinstated at once");
        assertEquals("3", text("SELECT COUNT(*) FROM certification_aud WHERE id = " + id), "issued, revoked, reinstated");
        assertThrows(jp.medsec.shared.RuleViolation.class, () -> asStaff.call(() -> admin.issue(holderId, CertificationType.MIIS,
                LocalDate.now().getYear())), "a type is held once");
    }
}
