package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.audit.AuditEvidenceFiles;
import jp.medsec.audit.AuditItem;
import jp.medsec.audit.AuditReadModel;
import jp.medsec.audit.Audits;
import jp.medsec.audit.Finding;
import jp.medsec.audit.Findings;
import jp.medsec.audit.FindingState;
import jp.medsec.audit.Severity;
import jp.medsec.compliance.AuditStatus;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A staff audit from creation to every finding verified, against MariaDB, with its history. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("audit-it", AuditIT.class, AsStaff.class, AsOfficer.class, ProbeEvaluator.class,
                Fixtures.class, TestDatabase.class);
    }

    @EJB
    private Audits audits;

    @EJB
    private AuditReadModel readModel;

    @EJB
    private Findings findingService;

    @EJB
    private AuditEvidenceFiles evidenceFiles;

    @EJB
    private AsStaff asStaff;

    @EJB
    private AsOfficer asOfficer;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Resource
    private jakarta.transaction.UserTransaction transaction;

    /**
     * Issue 10 step 3: a subject adds an evaluator (a CDI bean) and its requirements are pre-filled, without a change to
     * the audit package. The catalogue is made and the audit run in one transaction that is rolled back, so that no
     * other test sees the probe's catalogue.
     */
    @Test
    void anEvaluatorOfAnotherSubjectPreFillsItsRequirements() throws Exception {
        long institution = Fixtures.institution("評価器試験病院").beds(120).insert(dataSource);
        transaction.begin();
        try {
            String code = "IT-PROBE-" + System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO catalogue (code, framework, tier, fiscal_year, version_label, title_ja, title_en, "
                        + "source, effective_from) VALUES ('" + code + "', 'MHLW_INSTITUTION', NULL, 2019, 'probe', "
                        + "'試験', 'probe', 'probe', '2019-04-01')", Statement.RETURN_GENERATED_KEYS);
                long catalogue;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    catalogue = keys.getLong(1);
                }
                s.executeUpdate("INSERT INTO catalogue_item (catalogue_id, code, sort_order, section, section_ja, text_ja, "
                        + "text_en, kind, evaluator) VALUES (" + catalogue + ", 'P-1', 1, 'PROBE', '試験', '試験の要件', "
                        + "'A probe requirement', 'REQUIREMENT', '" + ProbeEvaluator.CODE + "')");
            }
            long auditId = asStaff.call(() -> audits.start(institution, "probe", code));
            AuditReadModel.AuditView view = asStaff.call(() -> readModel.view(auditId));
            AuditItem probed = item(view, "P-1");
            assertEquals(jp.medsec.compliance.AuditStatus.NOT_MET, probed.getStatus(), "pre-filled by the probe");
            assertEquals("試験の判定 " + institution, probed.getReasonJa());
            assertNotNull(view.finding(probed), "its NOT_MET opened a finding as any other");
        } finally {
            transaction.rollback();
        }
    }

    private long scalar(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next(), "no row for " + query);
            return rs.getLong(1);
        }
    }

    private long insert(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Test
    void aStaffAuditRunsFromCreationToEveryFindingVerified() throws Exception {
        long institution = Fixtures.institution("監査試験病院").prefecture(27).beds(450).tier("SELF_DEFENDING")
                .set("is_department", true).set("security_committee", false).insert(dataSource);
        long auditId = asStaff.call(() -> audits.start(institution, null));
        AuditReadModel.AuditView started = asStaff.call(() -> readModel.view(auditId));
        assertEquals(13, started.items().size(), "the SELF_DEFENDING catalogue");
        AuditItem department = item(started, "S-01");
        assertEquals(AuditStatus.MET, department.getStatus(), "pre-filled: the department is recorded");
        AuditItem committee = item(started, "S-07");
        assertEquals(AuditStatus.NOT_MET, committee.getStatus(), "pre-filled: no committee recorded");
        assertTrue(committee.getReasonJa().contains("セキュリティ委員会"), committee.getReasonJa());
        assertEquals(FindingState.OPEN, started.finding(committee).getState(), "a NOT_MET pre-fill opens a finding");
        assertEquals(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusMonths(3), started.finding(committee).getDueDate());
        assertTrue(started.unanswered() > 0, "items only a person can judge are open");

        jp.medsec.shared.RuleViolation early = assertThrows(jp.medsec.shared.RuleViolation.class, () -> asStaff.call(() -> {
            audits.complete(auditId);
            return null;
        }));
        assertTrue(String.valueOf(early.getMessage()).contains("not answered"), String.valueOf(early));

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        for (AuditItem item : started.items()) {
            if (item.getStatus() == null) {
                String code = item.getRequirement().getCode();
                AuditStatus answer = code.equals("S-09") ? AuditStatus.PARTIAL : AuditStatus.MET;
                asStaff.call(() -> {
                    audits.answer(item.getId(), answer, "IT: " + code, today);
                    return null;
                });
            }
        }
        long training = item(started, "S-09").getId();
        asStaff.call(() -> {
            evidenceFiles.addEvidence(training, "研修実施記録（一部部署のみ）", "record.pdf", "%PDF-1.4 test".getBytes(), today);
            audits.complete(auditId);
            return null;
        });
        AuditReadModel.AuditView completed = asStaff.call(() -> readModel.view(auditId));
        assertTrue(completed.audit().isCompleted());
        List<Finding> findings = completed.findings();
        assertTrue(findings.size() >= 2, "committee and training at least: " + findings.size());
        assertEquals(Severity.MEDIUM, completed.finding(item(completed, "S-09")).getSeverity(), "PARTIAL is MEDIUM");
        assertEquals(1, completed.evidence(item(completed, "S-09")).size());
        assertTrue(!completed.isClosed());

        for (Finding finding : findings) {
            // one request per step, as people do them: each is its own revision in the history
            asStaff.call(() -> {
                findingService.plan(finding.getId(), finding.getSeverity(), "情報システム部 部長", today.plusMonths(2));
                return null;
            });
            asStaff.call(() -> {
                findingService.startWork(finding.getId(), "対応計画を作成");
                return null;
            });
            asStaff.call(() -> {
                findingService.resolve(finding.getId(), "是正を実施した");
                return null;
            });
            asStaff.call(() -> {
                findingService.verify(finding.getId());
                return null;
            });
        }
        AuditReadModel.AuditView closed = asStaff.call(() -> readModel.view(auditId));
        assertTrue(closed.isClosed(), "completed and every finding verified");
        assertTrue(scalar("SELECT COUNT(*) FROM finding_aud a JOIN finding f ON f.id = a.id WHERE f.audit_id = " + auditId)
                >= 4L * findings.size(), "every step of every finding is in the history");
        assertEquals(0, scalar("SELECT COUNT(*) FROM finding WHERE audit_id = " + auditId + " AND state <> 'VERIFIED'"));

        Finding one = findings.get(0);
        asStaff.call(() -> {
            findingService.reopen(one.getId(), "再確認で不備");
            return null;
        });
        assertTrue(!asStaff.call(() -> readModel.view(auditId)).isClosed(), "a reopened finding reopens the audit's remediation");
    }

    @Test
    void answeringAsMetAgainWithdrawsAFindingNobodyWorkedOn() throws Exception {
        long institution = Fixtures.institution("撤回試験診療所").prefecture(40).beds(19).insert(dataSource);
        long auditId = asStaff.call(() -> audits.start(institution, "IT 撤回"));
        AuditReadModel.AuditView view = asStaff.call(() -> readModel.view(auditId));
        assertEquals(8, view.items().size());
        AuditItem training = item(view, "A-05");
        LocalDate today = LocalDate.now();
        asStaff.call(() -> {
            audits.answer(training.getId(), AuditStatus.NOT_MET, "未実施", today);
            return null;
        });
        assertEquals(1, scalar("SELECT COUNT(*) FROM finding WHERE audit_item_id = " + training.getId()));
        asStaff.call(() -> {
            audits.answer(training.getId(), AuditStatus.MET, "e-learning 実施済みを確認", today);
            return null;
        });
        assertEquals(0, scalar("SELECT COUNT(*) FROM finding WHERE audit_item_id = " + training.getId()));
        assertThrows(EJBAccessException.class, () -> readModel.view(auditId), "no caller, no audit");
    }

    /** Many answers in one save are all saved, or none: an item of another audit among them saves nothing. */
    @Test
    void answersSavedTogetherAreAllSavedOrNone() throws Exception {
        long institution = Fixtures.institution("一括保存試験診療所").prefecture(13).beds(19).insert(dataSource);
        long auditId = asStaff.call(() -> audits.start(institution, "IT 一括"));
        long otherAudit = asStaff.call(() -> audits.start(institution, "IT 別の監査"));
        AuditReadModel.AuditView view = asStaff.call(() -> readModel.view(auditId));
        // Items nobody (not even the system's pre-fill) has answered yet.
        java.util.List<AuditItem> open = view.items().stream().filter(i -> i.getStatus() == null).toList();
        AuditItem first = open.get(0);
        AuditItem second = open.get(1);
        AuditItem foreign = asStaff.call(() -> readModel.view(otherAudit)).items().stream()
                .filter(i -> i.getStatus() == null).findFirst().orElseThrow();
        LocalDate today = LocalDate.now();
        String answered = "SELECT COUNT(*) FROM audit_item WHERE id IN (" + first.getId() + ", " + second.getId() + ", "
                + foreign.getId() + ") AND answered_at IS NOT NULL";
        long before = scalar(answered);

        java.util.Map<Long, Audits.Answer> mixed = new java.util.LinkedHashMap<>();
        mixed.put(first.getId(), new Audits.Answer(AuditStatus.MET, null));
        mixed.put(second.getId(), new Audits.Answer(AuditStatus.NOT_MET, "未整備"));
        mixed.put(foreign.getId(), new Audits.Answer(AuditStatus.MET, null));
        assertThrows(Exception.class, () -> asStaff.call(() -> audits.answerAll(auditId, mixed, today)));
        assertEquals(before, scalar(answered), "one item of another audit: nothing saved");
        assertEquals(0, scalar("SELECT COUNT(*) FROM finding WHERE audit_item_id = " + second.getId()));

        mixed.remove(foreign.getId());
        assertEquals(2, asStaff.call(() -> audits.answerAll(auditId, mixed, today)));
        assertEquals("MET", Fixtures.scalar(dataSource, "SELECT status FROM audit_item WHERE id = " + first.getId()));
        assertEquals("NOT_MET", Fixtures.scalar(dataSource, "SELECT status FROM audit_item WHERE id = " + second.getId()));
        assertEquals(1, scalar("SELECT COUNT(*) FROM finding WHERE audit_item_id = " + second.getId()), "a finding opened");
    }

    @Test
    void anAuditMayUseTheMhlwChecklistButNotAnotherTiersCatalogue() throws Exception {
        long institution = Fixtures.institution("厚労省監査試験病院").prefecture(1).beds(120).insert(dataSource);
        long auditId = asStaff.call(() -> audits.start(institution, "厚労省チェックリストによる監査", "MHLW-INSTITUTION-2025"));
        AuditReadModel.AuditView view = asStaff.call(() -> readModel.view(auditId));
        assertEquals(26, view.items().size());
        assertEquals("GATE", view.items().get(0).getRequirement().getCode());
        jp.medsec.shared.RuleViolation refused = assertThrows(jp.medsec.shared.RuleViolation.class, () -> asStaff.call(() -> audits.start(institution, null,
                "TIER-LEADING-2025")));
        assertTrue(String.valueOf(refused.getMessage()).contains("does not apply"), String.valueOf(refused));
    }

    /** Issue 9 item 3: the pre-fill counts a placed person only once they confirmed the placement. */
    @Test
    void thePreFillCountsOnlyConfirmedPlacements() throws Exception {
        long person = insert("INSERT INTO holder (family_name, given_name, family_name_kana, given_name_kana, prefecture_code) "
                + "VALUES ('未承認', '責任者', 'ミショウニン', 'セキニンシャ', 47)");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO personnel_profile (holder_id, guideline_understood, computed_group) VALUES ("
                    + person + ", TRUE, 'A')"); // keyed by the holder: no generated key to read
        }
        String[] verdicts = new String[2];
        String[] consents = {"PENDING", "CONFIRMED"};
        for (int n = 0; n < 2; n++) {
            long institution = Fixtures.institution("同意監査試験病院").beds(450).tier("SELF_DEFENDING")
                    .set("is_department", true).insert(dataSource);
            insert("INSERT INTO security_role (institution_id, role, holder_id, duty, consent, certificate_number) VALUES ("
                    + institution + ", 'CISO', " + person + ", 'SENNIN', '" + consents[n] + "', 'CS-00000001')");
            long auditId = asStaff.call(() -> audits.start(institution, null));
            AuditReadModel.AuditView view = asStaff.call(() -> readModel.view(auditId));
            verdicts[n] = item(view, "S-02").getStatus() + " " + item(view, "S-05").getStatus();
            if (n == 0) {
                assertTrue(!item(view, "S-05").getReasonJa().contains("未承認"), "no name of an unconfirmed person in a reason");
            }
        }
        assertEquals("NOT_MET NOT_MET", verdicts[0], "a pending CISO is not placed, nor Group A");
        assertEquals("MET MET", verdicts[1], "a confirmed one is");
    }

    /**
     * Issue 10 step 3: a peer check (相互チェック) of A carried out by the LEADING hospital B. B's officer reads,
     * answers and completes it and works its findings; A's officer reads it but does not answer it; the officer of a
     * third hospital finds nothing there. A hospital never checks itself.
     */
    @Test
    void aPeerCheckIsAnsweredByTheAuditingInstitutionAndHiddenFromOthers() throws Exception {
        long checked = Fixtures.institution("被チェック診療所").beds(19).insert(dataSource);
        long checker = Fixtures.institution("チェック実施病院").prefecture(14).beds(600).tier("LEADING")
                .insert(dataSource);
        long third = Fixtures.institution("第三病院").prefecture(11).beds(300).tier("LEADING").insert(dataSource);
        String checkerOfficer = Fixtures.officer(dataSource, checker);
        String checkedOfficer = Fixtures.officer(dataSource, checked);
        String thirdOfficer = Fixtures.officer(dataSource, third);

        long auditId = asStaff.call(() -> audits.startPeerCheck(checked, checker, null, null));
        AuditReadModel.AuditView started = asOfficer.call(checkerOfficer, () -> readModel.view(auditId));
        assertEquals(jp.medsec.audit.AuditKind.PEER_CHECK, started.audit().getKind());
        assertEquals(checker, started.audit().getAuditingInstitution().getId());
        assertEquals(checked, started.audit().getInstitution().getId());
        assertTrue(started.callerAnswers(), "the auditing institution's officer answers the peer check");
        assertEquals(8, started.items().size(), "the checked institution's (ASSISTED) catalogue");

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        AuditItem training = item(started, "A-05");
        asOfficer.call(checkerOfficer, () -> {
            for (AuditItem item : started.items()) {
                audits.answer(item.getId(), item == training ? AuditStatus.NOT_MET : AuditStatus.MET, "相互チェック", today);
            }
            evidenceFiles.addEvidence(training.getId(), "研修記録なし", null, null, today);
            audits.complete(auditId);
            return null;
        });
        Finding finding = asOfficer.call(checkerOfficer, () -> readModel.view(auditId)).finding(training);
        assertNotNull(finding, "the checker's NOT_MET opened a finding");
        asOfficer.call(checkerOfficer, () -> {
            findingService.plan(finding.getId(), Severity.HIGH, "看護部長", today.plusMonths(1));
            return null;
        });
        assertTrue(asOfficer.call(checkerOfficer, () -> readModel.history(auditId)).stream()
                .anyMatch(l -> l.by().equals(checkerOfficer) && l.subject().equals("A-05")), "the history names the checker");

        AuditReadModel.AuditView asChecked = asOfficer.call(checkedOfficer, () -> readModel.view(auditId));
        assertTrue(asChecked.audit().isCompleted(), "the checked institution's officer reads its peer check");
        assertTrue(!asChecked.callerAnswers(), "but does not answer it");
        asOfficer.call(checkedOfficer, () -> {
            findingService.startWork(finding.getId(), "研修計画を作成");
            findingService.resolve(finding.getId(), "全職員研修を実施");
            return null;
        });
        assertEquals(FindingState.RESOLVED, asStaff.call(() -> findingService.finding(finding.getId())).getState());

        assertThrows(jp.medsec.shared.NotFound.class, () -> asOfficer.call(thirdOfficer, () -> readModel.view(auditId)),
                "another institution's officer: not found, not forbidden");
        assertThrows(jp.medsec.shared.NotFound.class, () -> asOfficer.call(thirdOfficer, () -> {
            audits.answer(training.getId(), AuditStatus.MET, "x", today);
            return null;
        }));
        assertThrows(jp.medsec.shared.NotFound.class, () -> asOfficer.call(thirdOfficer,
                () -> findingService.finding(finding.getId())));
        assertThrows(jp.medsec.shared.NotFound.class, () -> asOfficer.call(thirdOfficer, () -> {
            findingService.plan(finding.getId(), Severity.LOW, "x", today);
            return null;
        }));
        long evidence = asStaff.call(() -> readModel.view(auditId)).evidence(training).get(0).getId();
        assertTrue(asOfficer.call(checkedOfficer, () -> evidenceFiles.evidence(evidence)).isPresent());
        assertTrue(asOfficer.call(thirdOfficer, () -> evidenceFiles.evidence(evidence)).isEmpty(), "nor its evidence");

        jp.medsec.shared.RuleViolation itself = assertThrows(jp.medsec.shared.RuleViolation.class,
                () -> asStaff.call(() -> audits.startPeerCheck(checker, checker, null, null)));
        assertEquals("audit.checksItself", itself.code(), String.valueOf(itself));
        assertThrows(EJBAccessException.class, () -> asOfficer.call(checkerOfficer,
                () -> audits.startPeerCheck(checked, checker, null, null)), "only staff start a peer check");
        jp.medsec.shared.InputRejected unknown = assertThrows(jp.medsec.shared.InputRejected.class,
                () -> asStaff.call(() -> audits.startPeerCheck(checked, 999_999_999L, null, null)));
        assertEquals("audit.noSuchInstitution", unknown.code());
    }

    /**
     * Issue 11: the all-staff training requirement is judged from the training-compliance figures. A year under way
     * defers to the last completed one while not everyone is trained; a completed year with some missing is PARTIAL
     * (and opens a finding) with the figures as the reason.
     */
    @Test
    void theTrainingRequirementIsPreFilledFromTheComplianceFigures() throws Exception {
        int year = jp.medsec.certification.CertificationCycle.fiscalYearOf(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        // one run per fiscal year, as the job makes them (negative job ids: no JBeret instance behind them)
        long previousRun = insert("INSERT INTO training_compliance_run (job_instance_id, fiscal_year, as_of, started_at, "
                + "finished_at) VALUES (-" + System.nanoTime() % 1_000_000_000 + ", " + (year - 1) + ", '" + year
                + "-03-31', NOW(), NOW())");
        long run = insert("INSERT INTO training_compliance_run (job_instance_id, fiscal_year, as_of, started_at, finished_at) "
                + "VALUES (-" + System.nanoTime() % 1_000_000_000 + ", " + year + ", CURDATE(), NOW(), NOW())");
        long allLastYear = Fixtures.institution("研修判定試験病院A").prefecture(27).beds(300).tier("SELF_DEFENDING").insert(dataSource);
        long someLastYear = Fixtures.institution("研修判定試験病院B").prefecture(27).beds(300).tier("SELF_DEFENDING").insert(dataSource);
        long none = Fixtures.institution("研修判定試験病院C").prefecture(27).beds(300).tier("SELF_DEFENDING").insert(dataSource);
        String figures = "INSERT INTO training_compliance (run_id, institution_id, fiscal_year, as_of, tier, in_scope, trained, "
                + "computed_at) VALUES ";
        insert(figures + "(" + previousRun + ", " + allLastYear + ", " + (year - 1) + ", '" + year + "-03-31', 'SELF_DEFENDING', 120, 120, NOW())");
        insert(figures + "(" + run + ", " + allLastYear + ", " + year + ", CURDATE(), 'SELF_DEFENDING', 122, 40, NOW())");
        insert(figures + "(" + previousRun + ", " + someLastYear + ", " + (year - 1) + ", '" + year + "-03-31', 'SELF_DEFENDING', 80, 76, NOW())");

        AuditReadModel.AuditView a = asStaff.call(() -> readModel.view(asStaff.call(() -> audits.start(allLastYear, null))));
        AuditItem trainingA = item(a, "S-09");
        assertEquals(AuditStatus.MET, trainingA.getStatus(), trainingA.getReasonJa());
        assertTrue(trainingA.getReasonJa().contains("対象職員 120 名のうち 120 名が受講") && trainingA.getReasonJa()
                .contains(year + "年度）は"), trainingA.getReasonJa());

        AuditReadModel.AuditView b = asStaff.call(() -> readModel.view(asStaff.call(() -> audits.start(someLastYear, null))));
        AuditItem trainingB = item(b, "S-09");
        assertEquals(AuditStatus.PARTIAL, trainingB.getStatus());
        assertTrue(trainingB.getReasonJa().contains("76 名が受講（95%）、未受講 4 名"), trainingB.getReasonJa());
        assertEquals(FindingState.OPEN, b.finding(trainingB).getState(), "PARTIAL opens a finding");

        AuditReadModel.AuditView c = asStaff.call(() -> readModel.view(asStaff.call(() -> audits.start(none, null))));
        AuditItem trainingC = item(c, "S-09");
        assertEquals(null, trainingC.getStatus(), "no figures: a person judges");
        assertTrue(trainingC.getReasonJa().contains("判定できません"), trainingC.getReasonJa());
    }

    private static AuditItem item(AuditReadModel.AuditView view, String code) {
        return view.items().stream().filter(i -> i.getRequirement().getCode().equals(code)).findFirst().orElseThrow();
    }
}
