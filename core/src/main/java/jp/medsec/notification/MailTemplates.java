package jp.medsec.notification;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of every mail, from the bundle {@code jp/medsec/notification/mail.properties}: a template is a key with a
 * {@code .subject} and a {@code .body}; arguments are given as text, so that numbers and dates appear as the caller
 * wrote them (no locale grouping).
 */
public final class MailTemplates {

    private static final String BUNDLE = "jp.medsec.notification.mail";

    private MailTemplates() {
    }

    /** A mail ready for the outbox. */
    public record Mail(String subject, String body) {
    }

    public static Mail render(String template, Object... arguments) {
        return new Mail(text(template + ".subject", arguments), text(template + ".body", arguments));
    }

    /** One text of the bundle, e.g. a line a template puts together from parts. */
    public static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, MailTemplates.class.getClassLoader()).getString(key);
        Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }
}
