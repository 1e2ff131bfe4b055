package jp.medsec.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A checked line of a staff roster: what the import writes for one staff number. Its rules are API.md's: a staff number
 * of 1 to 32 characters, a name, the first day, and a last day never before the first. {@code optionalColumns} names
 * the optional columns the file has (nameKana, department, jobCategory, employedUntil): those it leaves out keep what
 * is stored; those it has, even blank, are written (a blank employedUntil: still employed).
 */
public record RosterLine(String staffNumber, String name, String nameKana, String department, String jobCategory,
                         LocalDate employedFrom, LocalDate employedUntil, java.util.Set<String> optionalColumns) {

    public static final int STAFF_NUMBER_MAX = 32;
    public static final int NAME_MAX = 200;
    public static final int DEPARTMENT_MAX = 100;

    public RosterLine {
        Objects.requireNonNull(staffNumber, "staffNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employedFrom, "employedFrom");
        if (employedUntil != null && employedUntil.isBefore(employedFrom)) {
            throw new IllegalArgumentException("employedUntil before employedFrom");
        }
    }
}
