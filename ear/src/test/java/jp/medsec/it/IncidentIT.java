package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.account.Role;
import jp.medsec.audit.AuditItem;
import jp.medsec.audit.AuditReadModel;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.incident.Incident;
import jp.medsec.incident.IncidentKind;
import jp.medsec.incident.IncidentState;
import jp.medsec.incident.Incidents;
import jp.medsec.incident.TimelineKind;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incident help against MariaDB: an ASSISTED hospital agrees a supporter with a LEADING one; its report reaches the
 * supporter (a mail to its CISO) and, without a supporter, the desk (staff); the supporter acknowledges, notes, adds a
 * file and resolves it, on the timeline; another institution's officer gets not found for the incident, its notes
 * and its files; holders and anonymous are refused; L-18 is pre-filled for the supporter.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentIT {

    /** The smallest PDF the evidence check accepts: its magic bytes and an end. */
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("incident-it", IncidentIT.class, AsStaff.class, AsOfficer.class, Fixtures.class,
                TestDatabase.class);
    }

    @EJB
    private Incidents incidents;

    @EJB
    private AsStaff asStaff;

    @EJB
    private AsOfficer asOfficer;

    @EJB
    private AuditReadModel audits;

    @EJB
    private jp.medsec.dashboard.RegionalDashboard dashboard;

    @EJB
    private jp.medsec.audit.Audits auditService;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private long institution(String name, String tier) throws Exception {
        return Fixtures.institution(name + " " + UUID.randomUUID().toString().substring(0, 6)).prefecture(34)
                .tier(tier).insert(dataSource);
    }

    private String code(long institutionId) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT institution_code FROM institution WHERE id = " + institutionId)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Incident.Report report(String title) {
        return new Incident.Report(IncidentKind.INCIDENT, title, "電子カルテの端末が暗号化され、起動しません。",
                Instant.now().minus(2, ChronoUnit.HOURS), "電子カルテ", true, "情報システム課 佐藤 082-000-0000");
    }

    @Test
    void aReportReachesTheSupporterIsWorkedAndResolvedAndNobodyElseSeesIt() throws Exception {
        long assistedId = institution("広島の支援を受ける病院", "ASSISTED");
        long leadingId = institution("広島の指導的病院", "LEADING");
        long strangerId = institution("関係のない病院", "SELF_DEFENDING");
        long aloneId = institution("支援先のない病院", "ASSISTED");
        String assisted = Fixtures.officer(dataSource, assistedId);
        String leading = Fixtures.officer(dataSource, leadingId);
        String stranger = Fixtures.officer(dataSource, strangerId);
        String alone = Fixtures.officer(dataSource, aloneId);
        long ciso = Fixtures.confirmedCiso(dataSource, leadingId);

        // The support agreement: proposed by the ASSISTED hospital, accepted by the LEADING one.
        String leadingCode = code(leadingId);
        assertEquals("support.supporterTier", assertThrows(RuleViolation.class, () -> asOfficer.call(assisted,
                () -> incidents.proposeSupporter(code(strangerId)))).code());
        long proposal = asOfficer.call(assisted, () -> incidents.proposeSupporter(leadingCode));
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> {
            incidents.answer(proposal, true);
            return null;
        }));
        asOfficer.call(leading, () -> {
            incidents.answer(proposal, true);
            return null;
        });
        assertEquals(leadingId, Long.parseLong(Fixtures.scalar(dataSource, "SELECT supporter_id FROM support_agreement WHERE id = " + proposal)));

        assertEquals("incident.contact", assertThrows(InputRejected.class, () -> asOfficer.call(assisted,
                () -> incidents.report(new Incident.Report(IncidentKind.QUESTION, "相談", "内容", null, null, false,
                        " ")))).code());
        long id = asOfficer.call(assisted, () -> incidents.report(report("ランサムウェア感染の疑い")));
        assertEquals("1", Fixtures.scalar(dataSource, "SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = 'incident:" + id + ":reported:"
                + ciso + "'"), "the supporter's CISO is told");
        assertTrue(asOfficer.call(leading, () -> incidents.page()).supporting().stream().anyMatch(l -> l.id() == id));
        long withoutSupporter = asOfficer.call(alone, () -> incidents.report(report("不審なメール")));
        assertNull(asStaff.call(() -> incidents.one(withoutSupporter)).incident().getSupporter(), "to the desk");
        assertTrue(asStaff.call(() -> incidents.all()).stream().anyMatch(l -> l.id() == withoutSupporter));

        assertEquals("incident.notSupporter", assertThrows(RuleViolation.class, () -> asOfficer.call(assisted, () -> {
            incidents.acknowledge(id);
            return null;
        })).code(), "the reporter does not acknowledge its own report");
        asOfficer.call(leading, () -> {
            incidents.acknowledge(id);
            incidents.note(id, "ネットワークから切り離し、バックアップを確認しています。");
            return null;
        });
        long fileId = asOfficer.call(assisted, () -> incidents.attach(id, "screen.pdf", PDF));
        assertEquals("evidence.kind", assertThrows(InputRejected.class, () -> asOfficer.call(assisted,
                () -> incidents.attach(id, "virus.exe", new byte[]{0x4D, 0x5A, 0, 0}))).code());
        assertEquals(IncidentState.IN_PROGRESS, asOfficer.call(assisted, () -> incidents.one(id)).incident().getState());

        // Nobody else reaches the incident, its notes or its files.
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> incidents.one(id)));
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> {
            incidents.note(id, "覗き見");
            return null;
        }));
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> incidents.file(fileId)));
        assertThrows(NotFound.class, () -> asOfficer.call(alone, () -> incidents.one(id)));
        assertTrue(asOfficer.call(stranger, () -> incidents.page()).reported().stream().noneMatch(l -> l.id() == id));
        assertThrows(EJBAccessException.class, () -> asOfficer.callInRole(stranger, Role.HOLDER_NAME,
                () -> incidents.one(id)), "a holder is refused");
        assertThrows(EJBAccessException.class, () -> incidents.one(id), "anonymous is refused");
        assertEquals("screen.pdf", asOfficer.call(leading, () -> incidents.file(fileId)).getFileName());

        asOfficer.call(leading, () -> {
            incidents.resolve(id, "バックアップから復元し、感染端末を初期化しました。");
            return null;
        });
        Incidents.Detail resolved = asStaff.call(() -> incidents.one(id));
        assertEquals(IncidentState.RESOLVED, resolved.incident().getState());
        assertEquals(java.util.List.of(TimelineKind.REPORTED, TimelineKind.ACKNOWLEDGED, TimelineKind.NOTE,
                TimelineKind.FILE, TimelineKind.RESOLVED), resolved.timeline().stream().map(t -> t.getKind()).toList());
        assertEquals("incident.resolved", assertThrows(RuleViolation.class, () -> asOfficer.call(assisted, () -> {
            incidents.note(id, "追記");
            return null;
        })).code());
        assertTrue(asStaff.call(() -> dashboard.prefectures()).stream().filter(p -> p.prefecture().getCode() == 34)
                .findFirst().orElseThrow().openIncidents() >= 1, "the regional dashboard counts the desk's open one");

        long auditId = asStaff.call(() -> auditService.start(leadingId, "自己評価（IT）"));
        AuditItem supports = asStaff.call(() -> audits.view(auditId)).items().stream()
                .filter(i -> i.getRequirement().getCode().equals("L-18")).findFirst().orElseThrow();
        assertEquals(AuditStatus.MET, supports.getStatus(), supports.getReasonJa());
    }
}
