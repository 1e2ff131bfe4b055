package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.audit.AuditItem;
import jp.medsec.audit.AuditReadModel;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.consultation.Consultations;
import jp.medsec.peercheck.CheckKind;
import jp.medsec.peercheck.CheckSide;
import jp.medsec.peercheck.CheckView;
import jp.medsec.peercheck.PeerCheckTimeline;
import jp.medsec.peercheck.RequestState;
import jp.medsec.peercheck.SecurityChecks;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security checks of SELF_DEFENDING hospitals and advice to ASSISTED ones against MariaDB: requested, accepted or
 * declined, assigned by staff; scheduled and carried out on the checked hospital's audit like a mutual check; closed,
 * which ends the checker's access; the tier requirements pre-filled from the records; nobody else reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityCheckIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("security-check-it", SecurityCheckIT.class, AsStaff.class, AsOfficer.class,
                Fixtures.class, TestDatabase.class);
    }

    @EJB
    private SecurityChecks securityChecks;

    @EJB
    private PeerCheckTimeline timeline;

    @EJB
    private Consultations consultations;

    @EJB
    private AsStaff asStaff;

    @EJB
    private AsOfficer asOfficer;

    @EJB
    private AuditReadModel audits;

    @EJB
    private jp.medsec.audit.Audits auditService;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;


    private long institution(String name, String tier, int prefecture) throws Exception {
        return Fixtures.institution(name + " " + UUID.randomUUID().toString().substring(0, 6)).prefecture(prefecture)
                .tier(tier).insert(dataSource);
    }

    private CheckView mine(String officer, long checkId) throws Exception {
        return asOfficer.call(officer, () -> timeline.mine()).stream().filter(c -> c.id() == checkId).findFirst()
                .orElseThrow(() -> new AssertionError("check " + checkId + " is not on " + officer + "'s page"));
    }

    private AuditItem prefilled(long institutionId, String code) throws Exception {
        long auditId = asStaff.call(() -> auditService.start(institutionId, "自己評価（IT）"));
        return asStaff.call(() -> audits.view(auditId)).items().stream()
                .filter(i -> i.getRequirement().getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aRequestedCheckIsAcceptedScheduledAuditedAndClosed() throws Exception {
        long checkedId = institution("セキュリティチェック受審病院", "SELF_DEFENDING", 13);
        long checkerId = institution("セキュリティチェック実施病院", "LEADING", 13);
        long farId = institution("遠方の指導的病院", "LEADING", 47);
        String checked = Fixtures.officer(dataSource, checkedId);
        String checker = Fixtures.officer(dataSource, checkerId);
        String stranger = Fixtures.officer(dataSource, farId);

        assertTrue(asOfficer.call(checked, () -> securityChecks.mayRequest()));
        assertFalse(asOfficer.call(checker, () -> securityChecks.mayRequest()), "a LEADING hospital is not checked");
        var candidates = asOfficer.call(checked, () -> securityChecks.candidates());
        int near = indexOf(candidates, checkerId);
        int far = indexOf(candidates, farId);
        assertTrue(near >= 0 && far > near, "the hospital in the same prefecture comes before Okinawa");
        assertEquals(0, candidates.get(near).distanceKm().signum());

        String code = code(checkerId);
        long checkId = asOfficer.call(checked, () -> securityChecks.request(code, "電子カルテ更新前に確認してほしい"));
        assertEquals("securityCheck.alreadyOpen", assertThrows(RuleViolation.class, () -> asOfficer.call(checked,
                () -> securityChecks.request(code(farId), null))).code(), "one open security check at a time");
        assertFalse(asOfficer.call(checked, () -> securityChecks.mayRequest()));

        CheckView incoming = mine(checker, checkId);
        assertEquals(CheckKind.SECURITY, incoming.kind());
        assertEquals(CheckSide.CHECKER, incoming.side());
        assertTrue(incoming.answerable());
        assertFalse(incoming.open(), "not scheduled before it is accepted");
        assertEquals("securityCheck.notAccepted", assertThrows(RuleViolation.class, () -> asOfficer.call(checker,
                () -> timeline.propose(checkId, JapaneseDates.today().plusDays(40)))).code());
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> {
            securityChecks.accept(checkId, null);
            return null;
        }), "another hospital does not reach the request");
        assertThrows(NotFound.class, () -> asOfficer.call(checked, () -> {
            securityChecks.accept(checkId, null);
            return null;
        }), "the checked hospital does not answer its own request");
        assertTrue(asOfficer.call(stranger, () -> timeline.mine()).stream().noneMatch(c -> c.id() == checkId));

        asOfficer.call(checker, () -> {
            securityChecks.accept(checkId, "10月以降で調整します");
            return null;
        });
        assertEquals(RequestState.ACCEPTED, mine(checked, checkId).requestState());
        assertEquals("10月以降で調整します", mine(checked, checkId).answerNote());

        LocalDate visit = JapaneseDates.today().plusDays(45);
        assertEquals("securityCheck.tooFar", assertThrows(RuleViolation.class, () -> asOfficer.call(checker,
                () -> timeline.propose(checkId, JapaneseDates.today().plusYears(2)))).code());
        asOfficer.call(checker, () -> timeline.propose(checkId, visit));
        CheckView confirmed = asOfficer.call(checked, () -> timeline.confirm(checkId));
        Long auditId = confirmed.auditId();
        assertNotNull(auditId, "confirming the visit starts the check's audit");
        AuditReadModel.AuditView audit = asOfficer.call(checker, () -> audits.view(auditId));
        assertEquals(checkedId, audit.audit().getInstitution().getId());
        assertTrue(audit.audit().getTitle().contains("セキュリティチェック"), audit.audit().getTitle());
        assertTrue(audit.callerAnswers(), "the checking hospital rates the items");
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> audits.view(auditId)));
        long selfAssessment = asOfficer.call(checked, () -> auditService.start(checkedId, "自己評価（IT）"));
        assertThrows(NotFound.class, () -> asOfficer.call(checker, () -> audits.view(selfAssessment)),
                "the checked hospital's other audits stay hidden from the checker");

        AuditItem underWay = prefilled(checkedId, "S-13");
        assertEquals(AuditStatus.PARTIAL, underWay.getStatus(), underWay.getReasonJa());
        assertTrue(underWay.getReasonJa().contains("実施中"), underWay.getReasonJa());

        asOfficer.call(checker, () -> {
            auditService.writeSummary(auditId, "概ね適切。");
            for (AuditItem item : audits.view(auditId).items()) {
                if (item.getStatus() == null) {
                    auditService.answer(item.getId(), AuditStatus.MET, null, JapaneseDates.today());
                }
            }
            auditService.complete(auditId);
            return null;
        });
        AuditItem undergone = prefilled(checkedId, "S-13");
        assertEquals(AuditStatus.MET, undergone.getStatus(), undergone.getReasonJa());
        assertTrue(undergone.getReasonJa().contains("報告書完成"), undergone.getReasonJa());
        AuditItem carriedOut = prefilled(checkerId, "L-16");
        assertEquals(AuditStatus.MET, carriedOut.getStatus(), carriedOut.getReasonJa());
        AuditItem none = prefilled(farId, "L-16");
        assertNull(none.getStatus(), "no record: a person judges");

        assertTrue(mine(checker, checkId).closable());
        assertFalse(mine(checked, checkId).closable(), "the checked hospital does not close it");
        asOfficer.call(checker, () -> {
            securityChecks.close(checkId);
            return null;
        });
        assertThrows(NotFound.class, () -> asOfficer.call(checker, () -> audits.view(auditId)),
                "closing the check ends the checker's access to its audit");
        assertTrue(asOfficer.call(checker, () -> timeline.mine()).stream().noneMatch(c -> c.id() == checkId));
        CheckView closed = mine(checked, checkId);
        assertTrue(closed.closed() && !closed.open());
        assertNotNull(asOfficer.call(checked, () -> audits.view(auditId)).audit(), "the checked hospital keeps it");
        assertTrue(asOfficer.call(checked, () -> securityChecks.mayRequest()), "the next check may be asked for");
    }

    @Test
    void aDeclinedRequestSaysWhyAndStaffAssignOnlyBetweenTheRightTiers() throws Exception {
        long checkedId = institution("辞退される病院", "SELF_DEFENDING", 27);
        long checkerId = institution("辞退する病院", "LEADING", 27);
        long assistedId = institution("支援を受ける病院", "ASSISTED", 27);
        String checked = Fixtures.officer(dataSource, checkedId);
        String checker = Fixtures.officer(dataSource, checkerId);
        String assisted = Fixtures.officer(dataSource, assistedId);

        long checkId = asOfficer.call(checked, () -> securityChecks.request(code(checkerId), null));
        assertThrows(IllegalArgumentException.class, () -> asOfficer.call(checker, () -> {
            securityChecks.decline(checkId, "  ");
            return null;
        }), "a decline says why");
        asOfficer.call(checker, () -> {
            securityChecks.decline(checkId, "今年度は体制が整わないため");
            return null;
        });
        CheckView declined = mine(checked, checkId);
        assertEquals(RequestState.DECLINED, declined.requestState());
        assertEquals("今年度は体制が整わないため", declined.answerNote());
        assertTrue(asOfficer.call(checker, () -> timeline.mine()).stream().noneMatch(c -> c.id() == checkId),
                "a declined request leaves the checker's page");
        assertThrows(NotFound.class, () -> asOfficer.call(checker, () -> {
            securityChecks.accept(checkId, null);
            return null;
        }), "a declined request stays declined, out of the checker's reach");
        assertEquals("securityCheck.checkedTier", assertThrows(RuleViolation.class, () -> asOfficer.call(assisted,
                () -> securityChecks.request(code(checkerId), null))).code(), "an ASSISTED hospital asks for advice");

        assertEquals("securityCheck.checkedTier", assertThrows(RuleViolation.class, () -> asStaff.call(
                () -> securityChecks.assign(code(assistedId), code(checkerId), null))).code());
        assertEquals("securityCheck.checkerTier", assertThrows(RuleViolation.class, () -> asStaff.call(
                () -> securityChecks.assign(code(checkedId), code(checkedId), null))).code());
        long assigned = asStaff.call(() -> securityChecks.assign(code(checkedId), code(checkerId), "事務局が調整"));
        CheckView view = mine(checker, assigned);
        assertTrue(view.open() && !view.answerable(), "an assigned check is accepted from the start");
        assertTrue(asStaff.call(() -> securityChecks.all()).stream().anyMatch(l -> l.id() == assigned
                && l.assignedByStaff()));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asOfficer.call(checker, () -> securityChecks.all()),
                "officers do not list every check");
        asStaff.call(() -> {
            securityChecks.closeAsStaff(assigned);
            return null;
        });
        assertTrue(mine(checked, assigned).closed());
    }

    @Test
    void anAssistedHospitalAsksALeadingOneWhichAnswersAndNobodyElseReadsIt() throws Exception {
        long assistedId = institution("相談する病院", "ASSISTED", 1);
        long adviserId = institution("相談を受ける病院", "LEADING", 1);
        long otherId = institution("関係のない病院", "LEADING", 2);
        String assisted = Fixtures.officer(dataSource, assistedId);
        String adviser = Fixtures.officer(dataSource, adviserId);
        String other = Fixtures.officer(dataSource, otherId);

        assertTrue(asOfficer.call(assisted, () -> consultations.advisers()).stream()
                .anyMatch(c -> c.institutionCode().equals(code(adviserId))));
        assertTrue(asOfficer.call(adviser, () -> consultations.advisers()).isEmpty(), "a LEADING hospital does not ask");
        assertThrows(IllegalArgumentException.class, () -> asOfficer.call(assisted,
                () -> consultations.ask(code(adviserId), "件名", " ")), "a question says something");
        long id = asOfficer.call(assisted, () -> consultations.ask(code(adviserId), "VPN 機器の更新",
                "保守用 VPN 装置の更新時に確認すべき点を教えてください。"));

        AuditItem waiting = prefilled(adviserId, "L-17");
        assertEquals(AuditStatus.PARTIAL, waiting.getStatus(), waiting.getReasonJa());

        assertThrows(NotFound.class, () -> asOfficer.call(other, () -> consultations.one(id)));
        assertThrows(NotFound.class, () -> asOfficer.call(other, () -> {
            consultations.answer(id, "横から");
            return null;
        }));
        assertThrows(NotFound.class, () -> asOfficer.call(assisted, () -> {
            consultations.answer(id, "自分で");
            return null;
        }), "the asking hospital does not answer itself");
        asOfficer.call(adviser, () -> {
            consultations.answer(id, "ファームウェアの更新手順と、既定アカウントの無効化を確認してください。");
            return null;
        });
        assertEquals("consultation.answered", assertThrows(RuleViolation.class, () -> asOfficer.call(adviser, () -> {
            consultations.answer(id, "二度目");
            return null;
        })).code());
        Consultations.Line read = asOfficer.call(assisted, () -> consultations.one(id));
        assertTrue(read.answered() && read.asked());
        assertTrue(asOfficer.call(adviser, () -> consultations.mine()).stream().anyMatch(l -> l.id() == id && !l.asked()));
        assertTrue(asStaff.call(() -> consultations.all()).lines().stream().anyMatch(l -> l.id() == id));

        AuditItem advises = prefilled(adviserId, "L-17");
        assertEquals(AuditStatus.MET, advises.getStatus(), advises.getReasonJa());
        assertNull(prefilled(otherId, "L-17").getStatus(), "nothing asked of it: a person judges");
    }

    private int indexOf(java.util.List<jp.medsec.peercheck.LeadingHospitals.Candidate> candidates, long id)
            throws Exception {
        String code = code(id);
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).institutionCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String code(long institutionId) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT institution_code FROM institution WHERE id = " + institutionId)) {
            r.next();
            return r.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
