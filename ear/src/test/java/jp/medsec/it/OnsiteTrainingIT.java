package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.account.Role;
import jp.medsec.audit.AuditItem;
import jp.medsec.audit.AuditReadModel;
import jp.medsec.compliance.AuditStatus;
import jp.medsec.onsite.OnsiteTrainings;
import jp.medsec.onsite.TraineeState;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.PersonnelProfiles;
import jp.medsec.personnel.Qualification;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.shared.NotFound;
import jp.medsec.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On-site training against MariaDB: a LEADING hospital offers a place, another hospital applies for its person by
 * certificate number, the host accepts and records the training completed, and the person's stored group turns from B
 * to A at once where ⑤ was the alternative they lacked; L-15 is pre-filled for the host; the places are not overfilled;
 * nobody else reaches an application.
 */
@ExtendWith(ArquillianExtension.class)
class OnsiteTrainingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("onsite-training-it", OnsiteTrainingIT.class, AsStaff.class, AsOfficer.class,
                Fixtures.class, TestDatabase.class);
    }

    @EJB
    private OnsiteTrainings trainings;

    @EJB
    private PersonnelProfiles profiles;

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

    private long institution(String name, String tier) throws Exception {
        return Fixtures.institution(name + " " + UUID.randomUUID().toString().substring(0, 6)).prefecture(26)
                .tier(tier).insert(dataSource);
    }

    private String storedGroup(long holderId) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holderId)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Test
    void aCompletedOnsiteTrainingTurnsGroupBIntoGroupAAtOnce() throws Exception {
        long hostId = institution("実地研修を受け入れる病院", "LEADING");
        long guestId = institution("職員を研修に出す病院", "SELF_DEFENDING");
        long strangerId = institution("関係のない病院", "SELF_DEFENDING");
        long otherLeadingId = institution("受け入れていない指導的病院", "LEADING");
        String host = Fixtures.officer(dataSource, hostId);
        String guest = Fixtures.officer(dataSource, guestId);
        String stranger = Fixtures.officer(dataSource, strangerId);
        // A HIT holder who is a registered security specialist: HIT is their one alternative ① for Group A, which
        // needs two, so they are Group B until ⑤ comes.
        Fixtures.Holder person = Fixtures.hitHolder(dataSource);
        asStaff.call(() -> profiles.saveFor(person.id(), Set.of(Qualification.IPA_RISS), Map.of(), null, false, false,
                true));
        assertEquals("B", storedGroup(person.id()));

        LocalDate today = JapaneseDates.today();
        assertEquals("onsite.hostTier", assertThrows(RuleViolation.class, () -> asOfficer.call(guest,
                () -> trainings.offer("研修", null, today, today.plusDays(5), 1))).code());
        long offer = asOfficer.call(host, () -> trainings.offer("インシデント対応の実地研修", "情報システム部で 3 日間",
                today.minusDays(10), today.plusDays(30), 1));
        assertTrue(asOfficer.call(guest, () -> trainings.page()).open().stream().anyMatch(o -> o.id() == offer));
        assertEquals("onsite.unknownCertificate", assertThrows(InputRejected.class, () -> asOfficer.call(guest,
                () -> trainings.apply(offer, "HIT-99999999", null))).code());
        long application = asOfficer.call(guest, () -> trainings.apply(offer, person.certificateNumber(), "10月希望"));
        assertEquals("onsite.alreadyApplied", assertThrows(RuleViolation.class, () -> asOfficer.call(guest,
                () -> trainings.apply(offer, person.certificateNumber(), null))).code());
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> {
            trainings.accept(application);
            return null;
        }), "only the host answers");
        assertThrows(NotFound.class, () -> asOfficer.call(stranger, () -> {
            trainings.withdraw(application);
            return null;
        }), "only the applicant withdraws");
        assertTrue(asOfficer.call(stranger, () -> trainings.page()).outgoing().isEmpty());
        assertThrows(EJBAccessException.class, () -> asOfficer.callInRole(stranger, Role.HOLDER_NAME,
                () -> trainings.page()), "a holder is refused");
        assertThrows(EJBAccessException.class, () -> trainings.page(), "anonymous is refused");

        AuditItem offered = prefilled(hostId, "L-15");
        assertEquals(AuditStatus.PARTIAL, offered.getStatus(), offered.getReasonJa());

        asOfficer.call(host, () -> {
            trainings.accept(application);
            return null;
        });
        // The one place is taken: a second person cannot be accepted.
        Fixtures.Holder second = Fixtures.hitHolder(dataSource);
        long secondApplication = asOfficer.call(guest, () -> trainings.apply(offer, second.certificateNumber(), null));
        assertEquals("onsite.full", assertThrows(RuleViolation.class, () -> asOfficer.call(host, () -> {
            trainings.accept(secondApplication);
            return null;
        })).code());
        asOfficer.call(host, () -> {
            trainings.decline(secondApplication, "今期の受け入れ枠は埋まりました");
            return null;
        });

        assertEquals("onsite.completedOutside", assertThrows(InputRejected.class, () -> asOfficer.call(host, () -> {
            trainings.complete(application, today.plusDays(1));
            return null;
        })).code(), "a completion is not recorded ahead of time");
        asOfficer.call(host, () -> {
            trainings.complete(application, today);
            return null;
        });
        assertEquals("A", storedGroup(person.id()), "⑤ was the missing alternative: Group A at once");
        assertTrue(asStaff.call(() -> profiles.of(person.id())).classification().paths().get(Group.A).medicalIs()
                .contains("ALT-5"), "the person's page shows which path: ⑤");
        var outgoing = asOfficer.call(guest, () -> trainings.page()).outgoing();
        assertEquals(TraineeState.COMPLETED, outgoing.stream().filter(a -> a.id() == application).findFirst()
                .orElseThrow().state());
        assertEquals("今期の受け入れ枠は埋まりました", outgoing.stream().filter(a -> a.id() == secondApplication)
                .findFirst().orElseThrow().declineReason(), "the applicant reads why");

        AuditItem accepts = prefilled(hostId, "L-15");
        assertEquals(AuditStatus.MET, accepts.getStatus(), accepts.getReasonJa());
        assertNull(prefilled(otherLeadingId, "L-15").getStatus(), "nothing offered: a person judges");
    }

    private AuditItem prefilled(long institutionId, String code) throws Exception {
        long auditId = asStaff.call(() -> auditService.start(institutionId, "自己評価（IT）"));
        return asStaff.call(() -> audits.view(auditId)).items().stream()
                .filter(i -> i.getRequirement().getCode().equals(code)).findFirst().orElseThrow();
    }
}
