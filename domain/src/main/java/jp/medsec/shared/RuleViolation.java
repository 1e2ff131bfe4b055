package jp.medsec.shared;

/**
 * A rule of the domain refuses what was asked. The message is for logs and the API; {@link #code()} and
 * {@link #arguments()} let a page say the same thing in the reader's language (messages {@code rule.<code>}).
 */
public class RuleViolation extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Object[] arguments;

    public RuleViolation(String code, String message, Object... arguments) {
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
