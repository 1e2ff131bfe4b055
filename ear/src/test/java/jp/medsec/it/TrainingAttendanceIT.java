package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.training.TrainingAttendance;
import jp.medsec.training.TrainingKind;
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
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The officer records a session of the hospital and who attended, against MariaDB: by staff numbers and by department
 * (those employed on the day), unknown numbers reported and nothing else stored for them, another hospital's staff
 * never touched, the same session twice adding nothing, bad input refused naming the field; staff are refused.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingAttendanceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("training-attendance-it", TrainingAttendanceIT.class, AsStaff.class, AsOfficer.class,
                Fixtures.class, TestDatabase.class);
    }

    @EJB
    private TrainingAttendance attendance;

    @EJB
    private AsOfficer asOfficer;

    @EJB
    private AsStaff asStaff;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private long count(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void staff(long institution, String number, String department, String from, String until) throws Exception {
        sql("INSERT INTO staff_member (institution_id, staff_number, name, department, employed_from, employed_until, "
                + "updated_at) VALUES (" + institution + ", '" + number + "', '職員 " + number + "', '" + department + "', '"
                + from + "', " + (until == null ? "NULL" : "'" + until + "'") + ", NOW())");
    }

    @Test
    void theOfficerRecordsASessionByNumbersAndByDepartmentOnce() throws Exception {
        long own = Fixtures.institution("出席記録病院").insert(dataSource);
        long other = Fixtures.institution("別の病院").insert(dataSource);
        staff(own, "N-1", "看護部", "2015-04-01", null);
        staff(own, "N-2", "看護部", "2015-04-01", null);
        staff(own, "N-3", "看護部", "2015-04-01", "2020-03-31"); // left before the session
        staff(own, "M-1", "医事課", "2015-04-01", null);
        staff(other, "M-9", "医事課", "2015-04-01", null);
        String officer = Fixtures.officer(dataSource, own);
        LocalDate day = JapaneseDates.today().minusDays(3);
        String records = "SELECT COUNT(*) FROM training_record r JOIN staff_member s ON s.id = r.staff_member_id "
                + "WHERE r.title = '情報セキュリティ講習会（IT）' AND s.institution_id = ";

        TrainingAttendance.Recorded first = asOfficer.call(officer, () -> attendance.record(day, TrainingKind.LECTURE,
                " 情報セキュリティ講習会（IT） ", "情報システム部", "M-1\nM-9、Ｘ－１, M-1", "看護部"));
        assertEquals(3, first.added(), "N-1 and N-2 of the department on the day, and M-1 typed (twice)");
        assertEquals(0, first.already());
        assertEquals(List.of("M-9", "X-1"), first.unknown(), "another hospital's number and a typo are unknown "
                + "(full-width typed numbers read as half-width)");
        assertEquals(3, count(records + own));
        assertEquals(0, count(records + other), "another hospital's staff are never touched");

        TrainingAttendance.Recorded again = asOfficer.call(officer, () -> attendance.record(day, TrainingKind.LECTURE,
                "情報セキュリティ講習会（IT）", null, "N-1", "看護部"));
        assertEquals(0, again.added());
        assertEquals(2, again.already(), "the same session twice adds nothing");
        assertEquals(3, count(records + own));

        assertEquals("trainingSession.future", assertThrows(InputRejected.class, () -> asOfficer.call(officer,
                () -> attendance.record(JapaneseDates.today().plusDays(1), TrainingKind.LECTURE, "x", null, "N-1", null)))
                .code());
        assertEquals("trainingSession.required.title", assertThrows(InputRejected.class, () -> asOfficer.call(officer,
                () -> attendance.record(day, TrainingKind.LECTURE, "  ", null, "N-1", null))).code());
        assertEquals("trainingSession.nobody", assertThrows(InputRejected.class, () -> asOfficer.call(officer,
                () -> attendance.record(day, TrainingKind.E_LEARNING, "x", null, " ", ""))).code());
        assertThrows(jakarta.validation.ConstraintViolationException.class, () -> asOfficer.call(officer,
                () -> attendance.record(null, TrainingKind.LECTURE, "x", null, "N-1", null)));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asStaff.call(() -> attendance.record(day,
                TrainingKind.LECTURE, "x", null, "N-1", null)), "staff do not record a hospital's sessions");
    }
}
