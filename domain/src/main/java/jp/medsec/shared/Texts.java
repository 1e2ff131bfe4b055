package jp.medsec.shared;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The checks every entity makes of what people type: a text stripped of its blanks, required or not, within its
 * length, refused as {@link InputRejected} with the codes {@code <subject>.<field>} (missing) and
 * {@code <subject>.tooLong}; and a web address a page may link to.
 */
public final class Texts {

    private Texts() {
    }

    /** The stripped text; refused when blank ({@code subject.field}) or longer than {@code max}. */
    public static String required(String value, String subject, String field, int max) {
        String text = optional(value, subject, field, max);
        if (text == null) {
            throw new InputRejected(subject + "." + field, field + " is required");
        }
        return text;
    }

    /** The stripped text, or null when blank; refused when longer than {@code max}. */
    public static String optional(String value, String subject, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InputRejected(subject + ".tooLong", field + ": at most " + max + " characters", max);
        }
        return text;
    }

    /** An http(s) address with a host: never {@code javascript:} or a relative path. */
    public static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
