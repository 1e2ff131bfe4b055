package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.events.AttendanceDesk;
import jp.medsec.events.CheckInResult;
import jp.medsec.events.EventCatalogue;
import jp.medsec.events.EventDraft;
import jp.medsec.events.EventKind;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.ImportReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attendance by CSV, reception check-in and staff entry, against MariaDB: points land once, bad lines are named. */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("attendance-it", AttendanceIT.class, AsStaff.class);
    }

    @EJB
    private EventCatalogue catalogue;

    @EJB
    private AttendanceDesk desk;

    @EJB
    private AsStaff asStaff;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    private long newEvent(int points, boolean seminar) throws Exception {
        String title = "IT研修会 " + UUID.randomUUID().toString().substring(0, 6);
        return asStaff.call(() -> catalogue.register(new EventDraft(title, EventKind.TRAINING, "医療情報技師育成部会",
                LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4), "東京", points, "EVENT", seminar)));
    }

    @Test
    void anAttendanceListKeepsGoodLinesNamesBadOnesAndNeverCountsTwice() throws Exception {
        long eventId = newEvent(3, false);
        List<String[]> holders = rows("SELECT c.certificate_number, h.family_name, h.given_name, h.id FROM certification c "
                + "JOIN holder h ON h.id = c.holder_id WHERE c.type = 'HIT' ORDER BY c.id LIMIT 3 OFFSET 100");
        String csv = "認定番号,氏名,受講日\r\n"
                + holders.get(0)[0] + "," + holders.get(0)[1] + " " + holders.get(0)[2] + ",2026/10/3\r\n"   // line 2: good
                + holders.get(1)[0].toLowerCase() + ",,\r\n"                                               // line 3: good
                + "HIT-1,山田 太郎,\r\n"                                                                   // line 4: malformed
                + "ZZ-99999999,,\r\n"                                                                      // line 5: unknown
                + holders.get(0)[0] + ",,\r\n"                                                             // line 6: duplicate
                + holders.get(2)[0] + ",別人 花子,\r\n"                                                     // line 7: name mismatch
                + holders.get(2)[0] + ",,2026-11-30\r\n"                                                   // line 8: outside
                + ",,\r\n";                                                                                // line 9: no number
        byte[] sjis = csv.getBytes(CsvFiles.CP932);

        ImportReport first = asStaff.call(() -> desk.importList(eventId, sjis));
        assertEquals("windows-31j", first.charset());
        assertEquals(8, first.lines());
        assertEquals(2, first.recorded());
        Map<Long, String> errors = first.errors().stream()
                .collect(Collectors.toMap(ImportReport.LineError::line, ImportReport.LineError::reason));
        assertEquals(Map.of(4L, "MALFORMED_NUMBER", 5L, "UNKNOWN_NUMBER", 6L, "DUPLICATE_IN_FILE", 7L, "NAME_MISMATCH",
                8L, "DATE_OUTSIDE_EVENT", 9L, "MISSING_NUMBER"), errors);
        assertEquals(2, count("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
        assertEquals(6, count("SELECT COALESCE(SUM(points), 0) FROM point_entry WHERE event_id = " + eventId));
        assertEquals("2026-10-03", scalar("SELECT earned_on FROM point_entry WHERE event_id = " + eventId
                + " AND holder_id = " + holders.get(0)[3]));

        ImportReport again = asStaff.call(() -> desk.importList(eventId, csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UTF-8", again.charset());
        assertEquals(0, again.recorded());
        assertEquals(2, again.alreadyRecorded());
        assertEquals(2, count("SELECT COUNT(*) FROM point_entry WHERE event_id = " + eventId), "nothing counted twice");
    }

    @Test
    void aFileWithoutTheNumberColumnIsRefusedWhole() throws Exception {
        long eventId = newEvent(3, false);
        ImportReport report = asStaff.call(() -> desk.importList(eventId, "name,date\nx,y\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, report.errors().size());
        assertEquals("HEADER", report.errors().get(0).reason());
        assertEquals(0, count("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
    }

    @Test
    void receptionCheckInTakesAScannedUrlAndRecordsOnce() throws Exception {
        long eventId = newEvent(3, true);
        String[] holder = rows("SELECT c.certificate_number, h.id FROM certification c JOIN holder h ON h.id = c.holder_id "
                + "WHERE c.type = 'HIT' ORDER BY c.id LIMIT 1 OFFSET 200").get(0);
        CheckInResult first = asStaff.call(() -> desk.checkIn(eventId, "http://localhost:8080/verify.xhtml?n=" + holder[0]));
        assertEquals(CheckInResult.Outcome.RECORDED, first.outcome());
        assertEquals(3, first.points());
        CheckInResult second = asStaff.call(() -> desk.checkIn(eventId, holder[0]));
        assertEquals(CheckInResult.Outcome.ALREADY_RECORDED, second.outcome());
        assertEquals(CheckInResult.Outcome.UNKNOWN_NUMBER, asStaff.call(() -> desk.checkIn(eventId, "ZZ-00000000")).outcome());
        assertEquals(CheckInResult.Outcome.MALFORMED, asStaff.call(() -> desk.checkIn(eventId, "hello")).outcome());
        assertEquals(1, count("SELECT COUNT(*) FROM point_entry WHERE counts_as_seminar AND event_id = " + eventId
                + " AND holder_id = " + holder[1]), "the seminar counts for the transcript");
        assertEquals("CHECK_IN", scalar("SELECT method FROM attendance WHERE event_id = " + eventId));
    }

    @Test
    void onlyStaffMayRecordAttendance() throws Exception {
        long eventId = newEvent(3, false);
        assertThrows(EJBAccessException.class, () -> desk.checkIn(eventId, "HIT-00000001"));
        assertThrows(EJBAccessException.class, () -> catalogue.recentAndUpcoming());
    }

    private List<String[]> rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String[]> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                String[] row = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            assertTrue(!rows.isEmpty(), "no rows for " + sql);
            return rows;
        }
    }

    private String scalar(String sql) throws SQLException {
        return rows(sql).get(0)[0];
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(scalar(sql));
    }
}
