package jp.medsec.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jp.medsec.account.Role;
import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.CsvLineImporter;
import jp.medsec.imports.LineRefused;
import jp.medsec.imports.RecentKeys;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Information-security training records (API.md), from hospitals and e-learning platforms: each line names the
 * institution by its code and the person by their staff number on that institution's roster. Checking reads each
 * roster once per upload (the rosters last read are kept, a bounded number); storing is one JDBC batch per chunk of
 * {@code INSERT IGNORE}, so a record already there (same person, date, kind and title) changes nothing.
 */
@ApplicationScoped
public class TrainingRecordLines implements CsvLineImporter {

    public static final String KIND = "TRAINING_RECORDS";

    static final String[] INSTITUTION_CODE = {"institutionCode", "医療機関コード"};
    static final String[] STAFF_NUMBER = StaffRosterLines.STAFF_NUMBER;
    static final String[] DATE = {"date", "受講日"};
    static final String[] KIND_COLUMN = {"kind", "形式"};
    static final String[] TITLE = {"title", "研修名"};
    static final String[] PROVIDER = {"provider", "提供者"};

    /** Rosters kept while one upload is checked: a file of many hospitals is usually grouped by hospital. */
    private static final int ROSTERS_KEPT = 256;

    private static final String INSERT = "INSERT IGNORE INTO training_record (staff_member_id, attended_on, kind, title, "
            + "provider, import_run_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> identifyingColumns() {
        return Set.of(INSTITUTION_CODE);
    }

    @Override
    public List<Set<String>> requiredColumns() {
        return List.of(Set.of(INSTITUTION_CODE), Set.of(STAFF_NUMBER), Set.of(DATE), Set.of(KIND_COLUMN), Set.of(TITLE));
    }

    @Override
    public Set<String> allowedRoles() {
        return Set.of(Role.STAFF_NAME, Role.INSTITUTION_OFFICER_NAME, Role.TRAINING_PROVIDER_NAME);
    }

    /** What one upload's check keeps: institutions by code, the submitter's own institution, the rosters read. */
    static final class Lookups {
        final Map<String, Optional<Long>> institutions = new HashMap<>();
        Optional<Long> submitterInstitution;
        final Map<Long, Map<String, Long>> rosters = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Map<String, Long>> eldest) {
                return size() > ROSTERS_KEPT;
            }
        };
    }

    @Override
    public Object check(CsvFiles.Line line, ImportJob job, RecentKeys recentKeys) throws LineRefused {
        Lookups lookups = recentKeys.local(Lookups.class, Lookups::new);
        String code = TrainingLines.required(line, INSTITUTION_CODE, 10);
        Long institutionId = lookups.institutions.computeIfAbsent(code, this::institutionByCode).orElse(null);
        if (institutionId == null) {
            throw new LineRefused(INSTITUTION_CODE[0], "UNKNOWN_INSTITUTION", code);
        }
        if (lookups.submitterInstitution == null) {
            lookups.submitterInstitution = officersInstitution(job.submittedBy());
        }
        if (lookups.submitterInstitution.isPresent() && !lookups.submitterInstitution.get().equals(institutionId)) {
            throw new LineRefused(INSTITUTION_CODE[0], "OTHER_INSTITUTION", code);
        }
        String staffNumber = TrainingLines.required(line, STAFF_NUMBER, RosterLine.STAFF_NUMBER_MAX);
        LocalDate date = TrainingLines.date(line, DATE, true);
        String kindText = TrainingLines.required(line, KIND_COLUMN, 40);
        TrainingKind kind = TrainingKind.parse(kindText)
                .orElseThrow(() -> new LineRefused(KIND_COLUMN[0], "UNKNOWN_KIND", kindText));
        String title = TrainingLines.required(line, TITLE, TrainingLine.TITLE_MAX);
        String provider = TrainingLines.optional(line, PROVIDER, 200);
        Long staffMemberId = lookups.rosters.computeIfAbsent(institutionId, this::roster).get(staffNumber);
        if (staffMemberId == null) {
            throw new LineRefused(STAFF_NUMBER[0], "NOT_ON_ROSTER", code + " / " + staffNumber);
        }
        return new TrainingLine(staffMemberId, date, kind, title, provider);
    }

    @Override
    public void store(List<Object> checked, ImportJob job) {
        java.time.LocalDateTime now = TrainingLines.utcNow();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = jp.medsec.imports.BulkStatements.prepare(c, INSERT)) {
            for (Object item : checked) {
                TrainingLine line = (TrainingLine) item;
                s.setLong(1, line.staffMemberId());
                s.setDate(2, Date.valueOf(line.attendedOn()));
                s.setString(3, line.kind().name());
                s.setString(4, line.title());
                s.setString(5, line.provider());
                s.setLong(6, job.runId());
                s.setObject(7, now);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("The training records could not be stored: " + e.getMessage(), e);
        }
    }

    private Optional<Long> institutionByCode(String code) {
        return single("SELECT id FROM institution WHERE institution_code = ?", code);
    }

    /** An officer sends lines of their own institution only; staff and training providers of any. */
    private Optional<Long> officersInstitution(String username) {
        return single("SELECT institution_id FROM user_account WHERE username = ? AND role = '"
                + Role.INSTITUTION_OFFICER_NAME + "' AND institution_id IS NOT NULL", username);
    }

    private Optional<Long> single(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The registry could not be read: " + e.getMessage(), e);
        }
    }

    /** An institution's roster: staff number to id (leavers too: a record may predate their leaving). */
    private Map<String, Long> roster(long institutionId) {
        Map<String, Long> roster = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT staff_number, id FROM staff_member WHERE institution_id = ?")) {
            s.setLong(1, institutionId);
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    roster.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The roster could not be read: " + e.getMessage(), e);
        }
        return roster;
    }
}
