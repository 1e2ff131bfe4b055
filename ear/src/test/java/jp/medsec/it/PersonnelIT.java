package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.certification.CertificationAdmin;
import jp.medsec.events.AttendanceDesk;
import jp.medsec.events.CheckInResult;
import jp.medsec.events.EventCatalogue;
import jp.medsec.events.EventDraft;
import jp.medsec.events.EventKind;
import jp.medsec.personnel.Group;
import jp.medsec.personnel.HisIntroduction;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.personnel.Modules;
import jp.medsec.personnel.PersonnelOverview;
import jp.medsec.personnel.PersonnelProfiles;
import jp.medsec.personnel.Qualification;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles, stored groups recomputed on every change, and attendance completing course modules, against MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PersonnelIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("personnel-it", PersonnelIT.class, AsStaff.class);
    }

    @EJB
    private PersonnelProfiles profiles;

    @EJB
    private CertificationAdmin admin;

    @EJB
    private EventCatalogue catalogue;

    @EJB
    private AttendanceDesk desk;

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

    @Test
    void aCisoWhoseSeniorHitIsRevokedNoLongerHoldsGroupA() throws Exception {
        long holderId = Long.parseLong(text("SELECT s.holder_id FROM certification s JOIN certification h ON h.holder_id = "
                + "s.holder_id AND h.type = 'HIT' AND h.status = 'ACTIVE' WHERE s.type = 'SENIOR_HIT' AND s.status = 'ACTIVE' "
                + "AND s.holder_id > 6 AND NOT EXISTS (SELECT 1 FROM personnel_profile p WHERE p.holder_id = s.holder_id) "
                + "ORDER BY s.id LIMIT 1"));
        PersonnelOverview a = asStaff.call(() -> profiles.saveFor(holderId, Set.of(Qualification.IPA_RISS),
                Map.of(ManagementMode.SENNIN, 2.0), HisIntroduction.PARTICIPATED, true, false, true));
        assertEquals(Group.A, a.classification().group());
        assertTrue(a.fromRegistry().contains(Qualification.SENIOR_HIT), "Senior HIT counts from the registry");
        assertEquals("A", text("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holderId));
        assertTrue(a.curriculumComplete(), "Senior HIT and 支援士: every A module exempt");

        long seniorId = Long.parseLong(text("SELECT id FROM certification WHERE type = 'SENIOR_HIT' AND holder_id = " + holderId));
        asStaff.call(() -> {
            admin.revoke(seniorId, "IT: 資格の取消");
            return null;
        });
        assertEquals("B", text("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holderId),
                "recomputed at once: HIT and 支援士 leave Group B");
        asStaff.call(() -> {
            admin.reinstate(seniorId);
            return null;
        });
        assertEquals("A", text("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holderId));
        assertTrue(Integer.parseInt(text("SELECT COUNT(*) FROM personnel_profile_aud WHERE holder_id = " + holderId)) >= 3,
                "each regrouping is in the history");
    }

    @Test
    void attendingASeminarCompletesItsModulesAndTheGroupFollows() throws Exception {
        long holderId = Long.parseLong(text("SELECT h.id FROM holder h WHERE h.id > 6 AND NOT EXISTS (SELECT 1 FROM "
                + "personnel_profile p WHERE p.holder_id = h.id) AND EXISTS (SELECT 1 FROM certification c WHERE "
                + "c.holder_id = h.id AND c.type = 'HIT' AND c.status = 'ACTIVE') ORDER BY h.id DESC LIMIT 1"));
        String number = text("SELECT certificate_number FROM certification WHERE type = 'HIT' AND holder_id = " + holderId);
        PersonnelOverview before = asStaff.call(() -> profiles.saveFor(holderId, Set.of(), Map.of(), null, false, false, true));
        assertEquals(null, before.classification().group(), "HIT alone lacks security education");

        long eventId = asStaff.call(() -> catalogue.register(new EventDraft("Group C 必須プログラム（e-Learning）",
                EventKind.E_LEARNING, "医療情報技師育成部会", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), null, 0,
                "EVENT", false, new TreeSet<>(Modules.C_MANDATORY))));
        CheckInResult result = asStaff.call(() -> desk.recordByStaff(eventId, number));
        assertEquals(CheckInResult.Outcome.RECORDED, result.outcome());
        assertEquals("3", text("SELECT COUNT(*) FROM module_completion WHERE holder_id = " + holderId + " AND event_id = " + eventId));
        assertEquals("C", text("SELECT computed_group FROM personnel_profile WHERE holder_id = " + holderId));
        assertEquals("0", text("SELECT COUNT(*) FROM point_entry WHERE event_id = " + eventId), "no points: the event awards none");
    }

    @Test
    void registryCertificationsCannotBeDeclaredAndOnlyStaffEditOthers() {
        assertThrows(IllegalArgumentException.class, () -> asStaff.call(() -> profiles.saveFor(10, Set.of(Qualification.HIT),
                Map.of(), null, false, false, true)));
        assertThrows(EJBAccessException.class, () -> profiles.of(10));
    }
}
