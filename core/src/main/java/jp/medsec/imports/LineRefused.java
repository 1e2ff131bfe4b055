package jp.medsec.imports;

/**
 * A line of an import that cannot be stored: the column at fault (null where the line as a whole is), a reason code
 * (messages {@code csvError.*}) and the offending value. Skippable in the import job: the line is reported, the rest of
 * the file goes on.
 */
public class LineRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String reason;
    private final String value;

    public LineRefused(String column, String reason, String value) {
        super(reason + (column == null ? "" : " in " + column), null, false, false);
        this.column = column;
        this.reason = reason;
        this.value = value == null ? "" : value;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    public String value() {
        return value;
    }
}
