package jp.medsec.training;

import jp.medsec.imports.CsvFiles;
import jp.medsec.imports.LineRefused;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What the roster and training-record imports read alike: a field by its English or Japanese header, refused with the
 * English column name (as API.md names it) when missing, too long or not a date.
 */
final class TrainingLines {

    private TrainingLines() {
    }

    static String required(CsvFiles.Line line, String[] column, int max) throws LineRefused {
        String value = line.field(column);
        if (value == null) {
            throw new LineRefused(column[0], "MISSING_VALUE", "");
        }
        return withinLength(value, column, max);
    }

    static String optional(CsvFiles.Line line, String[] column, int max) throws LineRefused {
        String value = line.field(column);
        return value == null ? null : withinLength(value, column, max);
    }

    private static String withinLength(String value, String[] column, int max) throws LineRefused {
        if (value.length() > max) {
            throw new LineRefused(column[0], "TOO_LONG", max + ": " + value.substring(0, Math.min(value.length(), 40)) + "…");
        }
        return value;
    }

    static LocalDate date(CsvFiles.Line line, String[] column, boolean required) throws LineRefused {
        String text = line.field(column);
        if (text == null) {
            if (required) {
                throw new LineRefused(column[0], "MISSING_VALUE", "");
            }
            return null;
        }
        LocalDate date = CsvFiles.parseDate(text);
        if (date == null) {
            throw new LineRefused(column[0], "BAD_DATE", text);
        }
        return date;
    }

    /** Now as the database keeps instants (UTC, like Hibernate's {@code hibernate.jdbc.time_zone}). */
    static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static boolean exists(DataSource dataSource, long institutionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM institution WHERE id = ?")) {
            s.setLong(1, institutionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The institution could not be read: " + e.getMessage(), e);
        }
    }
}
