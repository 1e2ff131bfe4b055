package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.account.Role;
import jp.medsec.advisory.Advisories;
import jp.medsec.advisory.Advisory;
import jp.medsec.advisory.AdvisorySeverity;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.NotFound;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security advisories against MariaDB: staff publish one to LEADING hospitals of one prefecture; once it commits, the
 * CISO of each institution in the audience has one mail in the outbox and nobody else; an officer acknowledges it and
 * staff see the rate and who has not; outside the audience it does not exist; holders and anonymous are refused all
 * but the public reading.
 */
@ExtendWith(ArquillianExtension.class)
class AdvisoryIT {

    /** Nagasaki: the demo data has no LEADING hospital there, so the audience is (nearly) this test's own. */
    private static final int NAGASAKI = 42;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("advisory-it", AdvisoryIT.class, AsStaff.class, AsOfficer.class, Fixtures.class,
                TestDatabase.class);
    }

    @EJB
    private Advisories advisories;

    @EJB
    private AsStaff asStaff;

    @EJB
    private AsOfficer asOfficer;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private long institution(String name, String tier, int prefecture) throws Exception {
        return Fixtures.institution(name + " " + UUID.randomUUID().toString().substring(0, 6)).prefecture(prefecture)
                .tier(tier).insert(dataSource);
    }

    @Test
    void anAdvisoryReachesItsAudienceOnceAndStaffSeeWhoAcknowledged() throws Exception {
        long firstId = institution("長崎指導病院A", "LEADING", NAGASAKI);
        long secondId = institution("長崎指導病院B", "LEADING", NAGASAKI);
        long outsideId = institution("長崎自施設防御病院", "SELF_DEFENDING", NAGASAKI);
        long cisoFirst = Fixtures.confirmedCiso(dataSource, firstId);
        long cisoSecond = Fixtures.confirmedCiso(dataSource, secondId);
        long cisoOutside = Fixtures.confirmedCiso(dataSource, outsideId);
        String first = Fixtures.officer(dataSource, firstId);
        String outside = Fixtures.officer(dataSource, outsideId);

        assertEquals("advisory.textEn", assertThrows(InputRejected.class, () -> asStaff.call(() -> advisories.publish(
                content("英語の本文がない", null)))).code());
        long id = asStaff.call(() -> advisories.publish(content("VPN 装置の脆弱性 " + UUID.randomUUID(),
                "Update the VPN appliance firmware.")));

        // The notify job starts once the publication commits; its mails wait in the outbox (no mail server here).
        long deadline = System.currentTimeMillis() + 60_000;
        while (Long.parseLong(Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'advisory:" + id
                + ":notify:%'")) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals("1", Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = 'advisory:" + id + ":notify:"
                + firstId + ":" + cisoFirst + "'"));
        assertEquals("1", Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = 'advisory:" + id + ":notify:"
                + secondId + ":" + cisoSecond + "'"));
        assertEquals("0", Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key LIKE 'advisory:" + id + ":%:"
                + cisoOutside + "'"), "a SELF_DEFENDING hospital is not in the audience");

        List<Advisories.Addressed> waiting = asOfficer.call(first, () -> advisories.forMyInstitution());
        assertFalse(waiting.stream().filter(a -> a.advisory().getId() == id).findFirst().orElseThrow().acknowledged());
        assertTrue(asOfficer.call(outside, () -> advisories.forMyInstitution()).stream()
                .noneMatch(a -> a.advisory().getId() == id));
        assertThrows(NotFound.class, () -> asOfficer.call(outside, () -> {
            advisories.acknowledge(id);
            return null;
        }), "outside the audience it does not exist");
        asOfficer.call(first, () -> {
            advisories.acknowledge(id);
            advisories.acknowledge(id); // a second click changes nothing
            return null;
        });
        assertTrue(asOfficer.call(first, () -> advisories.forMyInstitution()).stream()
                .filter(a -> a.advisory().getId() == id).findFirst().orElseThrow().acknowledged());

        Advisories.Summary summary = asStaff.call(() -> advisories.summary(id));
        assertTrue(summary.audience() >= 2, "both LEADING hospitals of the prefecture: " + summary.audience());
        assertEquals(1, summary.acknowledged());
        assertEquals(Math.round(1000.0 / summary.audience()) / 10.0, summary.rate());
        Advisories.AudiencePage notYet = asStaff.call(() -> advisories.audience(id, Advisories.Filter.NOT_ACKNOWLEDGED, 0));
        assertEquals(summary.audience() - 1, notYet.matching());
        assertTrue(notYet.rows().stream().anyMatch(r -> r.institutionId() == secondId));
        assertTrue(notYet.rows().stream().noneMatch(r -> r.institutionId() == firstId));
        Advisories.AudiencePage done = asStaff.call(() -> advisories.audience(id, Advisories.Filter.ACKNOWLEDGED, 0));
        assertEquals(1, done.matching());
        assertEquals(first, done.rows().get(0).acknowledgedBy());

        assertThrows(EJBAccessException.class, () -> asOfficer.call(first, () -> advisories.summary(id)),
                "an officer does not see the others' acknowledgements");
        assertThrows(EJBAccessException.class, () -> asOfficer.callInRole(first, Role.HOLDER_NAME,
                () -> advisories.forMyInstitution()), "a holder is refused");
        assertThrows(EJBAccessException.class, () -> advisories.summaries(), "anonymous is refused");
        assertEquals(id, advisories.one(id).getId(), "anyone reads the advisory itself (the feed links to it)");
    }

    private static Advisory.Content content(String titleJa, String textEn) {
        return new Advisory.Content(AdvisorySeverity.HIGH, titleJa, "VPN appliance vulnerability",
                "保守用 VPN 装置のファームウェアを更新してください。", textEn, "保守用 VPN 装置", "https://www.example.jp/a", 7,
                List.of(InstitutionTier.LEADING), List.of(NAGASAKI));
    }

}
