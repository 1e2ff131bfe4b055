package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jp.medsec.events.AttendanceDesk;
import jp.medsec.events.CheckInResult;
import jp.medsec.events.EventCatalogue;
import jp.medsec.events.EventDraft;
import jp.medsec.events.EventKind;
import jp.medsec.events.AttendanceLines;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.ImportReport;
import jp.medsec.imports.Imports;
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
        return Deployments.services("attendance-it", AttendanceIT.class, AsStaff.class, ImportFiles.class, Fixtures.class, TestDatabase.class);
    }

    @EJB
    private EventCatalogue catalogue;

    @EJB
    private AttendanceDesk desk;

    @EJB
    private AsStaff asStaff;

    @EJB
    private Imports imports;

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
        List<String[]> holders = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Fixtures.Holder h = Fixtures.hitHolder(dataSource);
            holders.add(new String[] {h.certificateNumber(), h.familyName(), h.givenName(), String.valueOf(h.id())});
        }
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

        ImportReport first = ImportFiles.importAsStaff(asStaff, imports, AttendanceLines.KIND, eventId, sjis);
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

        ImportReport again = ImportFiles.importAsStaff(asStaff, imports, AttendanceLines.KIND, eventId, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", again.charset());
        assertEquals(0, again.recorded());
        assertEquals(2, again.alreadyRecorded());
        assertEquals(2, count("SELECT COUNT(*) FROM point_entry WHERE event_id = " + eventId), "nothing counted twice");
    }

    /**
     * 100,000 lines, one in a hundred good: the file is generated as it is read (so neither side holds it), every bad
     * line comes back with its number, column and reason, the good ones are stored once, and the server's heap after
     * the import is where it was.
     */
    @Test
    void aHundredThousandLinesAreStreamedWithEveryBadLineReported() throws Exception {
        long eventId = newEvent(1, false);
        List<String[]> holders = Fixtures.hitHolders(dataSource, 1001).stream()
                .map(h -> new String[] {h.certificateNumber()}).toList();
        int lines = 100_000;
        java.util.function.IntFunction<String> line = i -> {
            if (i % 100 == 0) {
                return holders.get(i / 100)[0] + ",2026/10/4\r\n";                            // good
            }
            return switch (i % 4) {
                case 0 -> "HIT" + i + ",\r\n";                                                // malformed
                case 1 -> String.format("ZZ-%08d,\r\n", i);                                 // unknown
                case 2 -> holders.get(i / 100)[0] + ",\r\n";                                  // repeats the good line above it
                default -> holders.get(1000)[0] + ",2026-13-01\r\n";                         // no such date
            };
        };
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        ImportReport report = ImportFiles.importAsStaff(asStaff, imports, AttendanceLines.KIND, eventId,
                generated("certificate_number,attended_on\r\n", line, lines), Integer.MAX_VALUE);

        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        assertEquals(lines, report.lines());
        assertEquals(1000, report.recorded(), report.failure());
        assertEquals(99_000, report.rejected());
        assertEquals(99_000, report.errors().size());
        Map<String, String> expected = Map.of("0", "MALFORMED_NUMBER", "1", "UNKNOWN_NUMBER", "2", "DUPLICATE_IN_FILE",
                "3", "BAD_DATE");
        for (ImportReport.LineError error : report.errors()) {
            int i = (int) error.line() - 2;
            assertEquals(expected.get(String.valueOf(i % 4)), error.reason(), "line " + error.line());
            assertEquals(i % 4 == 3 ? "attended_on" : "certificate_number", error.column(), "line " + error.line());
        }
        assertEquals(1000, count("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
        assertTrue(heapAfter - heapBefore < 64L * 1024 * 1024, "heap grew by " + (heapAfter - heapBefore) / 1024 / 1024 + " MiB");

        ImportReport again = ImportFiles.importAsStaff(asStaff, imports, AttendanceLines.KIND, eventId,
                generated("certificate_number,attended_on\r\n", line, lines), 10);
        assertEquals(0, again.recorded());
        assertEquals(1000, again.alreadyRecorded());
        assertEquals(99_000, again.rejected());
        assertEquals(10, again.errors().size());
        assertEquals(1000, count("SELECT COUNT(*) FROM point_entry WHERE event_id = " + eventId), "nothing counted twice");
    }

    /** Chunks with no good line at all still end, and every line is reported once. */
    @Test
    void aFileOfOnlyBadLinesIsReportedWhole() throws Exception {
        long eventId = newEvent(1, false);
        ImportReport report = ImportFiles.importAsStaff(asStaff, imports, AttendanceLines.KIND, eventId,
                generated("認定番号\n", i -> "X" + i + "\n", 1_234), 5);
        assertEquals(1_234, report.lines(), String.valueOf(report.failure()));
        assertEquals(1_234, report.rejected());
        assertEquals(0, report.recorded());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), report.errors().stream().map(ImportReport.LineError::line).toList());
    }

    /**
     * An import stopped part way through resumes from its last checkpoint when restarted (as the jobs page does): in
     * the end every line is accounted for exactly once, nothing stored twice, no refused line reported twice.
     */
    @Test
    void aStoppedImportResumesFromItsCheckpoint() throws Exception {
        long eventId = newEvent(1, false);
        List<String[]> holders = Fixtures.hitHolders(dataSource, 1500).stream()
                .map(h -> new String[] {h.certificateNumber()}).toList();
        int lines = 30_000;
        java.util.function.IntFunction<String> line = i -> i % 20 == 0 ? holders.get(i / 20)[0] + "\n" : "X" + i + "\n";
        jakarta.batch.operations.JobOperator operator = jakarta.batch.runtime.BatchRuntime.getJobOperator();
        long runId = asStaff.call(() -> imports.submit(AttendanceLines.KIND, eventId, "big.csv",
                generated("certificate_number\n", line, lines), null).runId());
        long execution = asStaff.call(() -> imports.progress(runId).jobExecutionId());
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("SELECT recorded FROM import_run WHERE id = " + runId) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        operator.stop(execution);
        while (!ended(operator.getJobExecution(execution).getBatchStatus())) {
            Thread.sleep(20);
        }
        assertEquals("STOPPED", operator.getJobExecution(execution).getBatchStatus().name());
        ImportReport stopped = asStaff.call(() -> imports.await(runId, java.time.Duration.ofSeconds(30), 0)).orElseThrow();
        assertTrue(stopped.failure() != null && stopped.recorded() < 1500, "stopped part way: " + stopped);

        long restarted = operator.restart(execution, operator.getParameters(execution));
        while (!ended(operator.getJobExecution(restarted).getBatchStatus())) {
            Thread.sleep(20);
        }
        assertEquals("COMPLETED", operator.getJobExecution(restarted).getBatchStatus().name());
        ImportReport done = asStaff.call(() -> imports.await(runId, java.time.Duration.ofMinutes(2), 0)).orElseThrow();
        assertEquals(null, done.failure());
        assertEquals(lines, done.lines());
        assertEquals(1500, done.recorded());
        assertEquals(lines - 1500, done.rejected());
        assertEquals(1500, count("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
        assertEquals(1500, count("SELECT COUNT(*) FROM point_entry WHERE event_id = " + eventId));
    }

    private static boolean ended(jakarta.batch.runtime.BatchStatus status) {
        return java.util.Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status.name());
    }

    /** A CSV body made line by line as it is read. */
    private static java.io.InputStream generated(String header, java.util.function.IntFunction<String> line, int lines) {
        return new java.io.InputStream() {
            private byte[] current = header.getBytes(StandardCharsets.UTF_8);
            private int position;
            private int next;

            @Override
            public int read() {
                while (position == current.length) {
                    if (next == lines) {
                        return -1;
                    }
                    current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                return current[position++] & 0xFF;
            }
        };
    }

    @Test
    void aFileWithoutTheNumberColumnIsRefusedWhole() throws Exception {
        long eventId = newEvent(3, false);
        ImportReport report = ImportFiles.importAsStaff(asStaff, imports, AttendanceLines.KIND, eventId, "name,date\nx,y\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, report.errors().size());
        assertEquals("HEADER", report.errors().get(0).reason());
        assertEquals(0, count("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId));
    }

    @Test
    void receptionCheckInTakesAScannedUrlAndRecordsOnce() throws Exception {
        long eventId = newEvent(3, true);
        Fixtures.Holder fixture = Fixtures.hitHolder(dataSource);
        String[] holder = {fixture.certificateNumber(), String.valueOf(fixture.id())};
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
