package jp.medsec.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.account.Role;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.LineRefused;
import jp.medsec.imports.RecentKeys;
import jp.medsec.shared.NotFound;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The staff roster (職員名簿) of one institution (API.md): upserted by staff number in bulk, one JDBC batch per chunk;
 * a line equal to what is stored changes nothing (not even the time it was last changed). Who may send the roster of
 * which institution is checked before the upload is staged ({@code StaffRosters}).
 */
@ApplicationScoped
public class StaffRosterLines implements CsvLineImporter {

    public static final String KIND = "STAFF_ROSTER";

    static final String[] STAFF_NUMBER = {"staffNumber", "職員番号"};
    static final String[] NAME = {"name", "氏名"};
    static final String[] NAME_KANA = {"nameKana", "フリガナ"};
    static final String[] DEPARTMENT = {"department", "部署"};
    static final String[] JOB_CATEGORY = {"jobCategory", "職種"};
    static final String[] EMPLOYED_FROM = {"employedFrom", "入職日"};
    static final String[] EMPLOYED_UNTIL = {"employedUntil", "退職日"};

    /** The optional columns, written only when the file has them. */
    private static final List<String> OPTIONAL = List.of("name_kana", "department", "job_category", "employed_until");

    /**
     * Insert, or update a changed line with the columns the file has; updated_at moves only when something changed.
     * Each upload has one header, so one statement serves all its lines.
     */
    static String upsert(java.util.Set<String> optionalColumns) {
        List<String> written = new java.util.ArrayList<>(List.of("name", "employed_from"));
        OPTIONAL.stream().filter(optionalColumns::contains).forEach(written::add);
        String unchanged = String.join(" AND ", written.stream().map(c -> c + " <=> VALUES(" + c + ")").toList());
        String updates = String.join(", ", written.stream().map(c -> c + " = VALUES(" + c + ")").toList());
        return "INSERT INTO staff_member (institution_id, staff_number, name, employed_from, name_kana, department, "
                + "job_category, employed_until, import_run_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE updated_at = IF(" + unchanged + ", updated_at, VALUES(updated_at)), "
                + updates + ", import_run_id = VALUES(import_run_id)";
    }

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> identifyingColumns() {
        return Set.of(STAFF_NUMBER);
    }

    @Override
    public List<Set<String>> requiredColumns() {
        return List.of(Set.of(STAFF_NUMBER), Set.of(NAME), Set.of(EMPLOYED_FROM));
    }

    @Override
    public Set<String> allowedRoles() {
        return Set.of(Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME);
    }

    @Override
    public void checkTarget(Long institutionId) {
        if (institutionId == null) {
            throw new IllegalArgumentException("A staff roster is the roster of one institution: name it");
        }
        if (TrainingLines.exists(dataSource, institutionId)) {
            return;
        }
        throw new NotFound("There is no institution " + institutionId);
    }

    @Override
    public Object check(CsvFiles.Line line, ImportJob job, RecentKeys recentKeys) throws LineRefused {
        String staffNumber = TrainingLines.required(line, STAFF_NUMBER, RosterLine.STAFF_NUMBER_MAX);
        String name = TrainingLines.required(line, NAME, RosterLine.NAME_MAX);
        String kana = TrainingLines.optional(line, NAME_KANA, RosterLine.NAME_MAX);
        String department = TrainingLines.optional(line, DEPARTMENT, RosterLine.DEPARTMENT_MAX);
        String jobCategory = TrainingLines.optional(line, JOB_CATEGORY, RosterLine.DEPARTMENT_MAX);
        LocalDate from = TrainingLines.date(line, EMPLOYED_FROM, true);
        LocalDate until = TrainingLines.date(line, EMPLOYED_UNTIL, false);
        if (until != null && until.isBefore(from)) {
            throw new LineRefused(EMPLOYED_UNTIL[0], "UNTIL_BEFORE_FROM", until + " < " + from);
        }
        if (recentKeys.remember(staffNumber, line.number()) != null || writtenByThisRun(job, staffNumber)) {
            throw new LineRefused(STAFF_NUMBER[0], "DUPLICATE_IN_FILE", staffNumber);
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        present(line, NAME_KANA, "name_kana", present);
        present(line, DEPARTMENT, "department", present);
        present(line, JOB_CATEGORY, "job_category", present);
        present(line, EMPLOYED_UNTIL, "employed_until", present);
        return new RosterLine(staffNumber, name, kana, department, jobCategory, from, until, java.util.Set.copyOf(present));
    }

    private static void present(CsvFiles.Line line, String[] column, String sqlColumn, java.util.Set<String> present) {
        for (String name : column) {
            if (line.fields().containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
                present.add(sqlColumn);
                return;
            }
        }
    }

    /** A line of this upload stored in an earlier chunk (beyond what {@link RecentKeys} remembers, or before a restart). */
    private boolean writtenByThisRun(ImportJob job, String staffNumber) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM staff_member WHERE institution_id = ? "
                     + "AND staff_number = ? AND import_run_id = ?")) {
            s.setLong(1, job.targetId());
            s.setString(2, staffNumber);
            s.setLong(3, job.runId());
            try (var r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The roster could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void store(List<Object> checked, ImportJob job) {
        java.time.LocalDateTime now = TrainingLines.utcNow();
        String sql = upsert(((RosterLine) checked.get(0)).optionalColumns());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = jp.medsec.imports.BulkStatements.prepare(c, sql)) {
            for (Object item : checked) {
                RosterLine line = (RosterLine) item;
                s.setLong(1, job.targetId());
                s.setString(2, line.staffNumber());
                s.setString(3, line.name());
                s.setDate(4, Date.valueOf(line.employedFrom()));
                s.setString(5, line.nameKana());
                s.setString(6, line.department());
                s.setString(7, line.jobCategory());
                if (line.employedUntil() == null) {
                    s.setNull(8, Types.DATE);
                } else {
                    s.setDate(8, Date.valueOf(line.employedUntil()));
                }
                s.setLong(9, job.runId());
                s.setObject(10, now);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("The roster could not be stored: " + e.getMessage(), e);
        }
    }
}
