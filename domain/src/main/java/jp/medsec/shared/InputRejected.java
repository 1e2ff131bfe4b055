package jp.medsec.shared;

/**
 * Input that a rule refuses (a missing reason, a wrong fee, a file of the wrong kind): an IllegalArgumentException, so
 * that callers treat it as the caller's mistake, with a {@link #code()} and {@link #arguments()} that let a page word it
 * in the reader's language (messages {@code rule.<code>}), as {@link RuleViolation} does for refused state changes.
 */
public class InputRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;

    public InputRejected(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
