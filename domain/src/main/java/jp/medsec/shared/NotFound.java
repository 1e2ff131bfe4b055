package jp.medsec.shared;

/**
 * What was asked for does not exist, or is not the caller's to see (the two are never told apart, so that ids of
 * other institutions or holders reveal nothing). An IllegalArgumentException, as the caller's mistake.
 */
public class NotFound extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
