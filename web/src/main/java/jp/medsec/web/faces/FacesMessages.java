package jp.medsec.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jp.medsec.shared.RuleViolation;

import java.util.stream.Collectors;

/** Messages for the person at the page, and the readable reason inside a service's refusal. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String text) {
        add(FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * The sentence a service's refusal carries: constraint violations (field: message) or the message of the
     * IllegalArgumentException/IllegalStateException that a rule threw; null if the failure is not the caller's.
     */
    public static String refusal(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof RuleViolation rule) {
                return localized(rule.code(), rule.arguments(), rule.getMessage());
            }
            if (cause instanceof jp.medsec.shared.InputRejected input) {
                return localized(input.code(), input.arguments(), input.getMessage());
            }
            if (cause instanceof ConstraintViolationException cve) {
                return cve.getConstraintViolations().stream()
                        .map(FacesMessages::describe)
                        .sorted()
                        .collect(Collectors.joining(" / "));
            }
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
                return cause.getMessage();
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return null;
    }

    /** The page's wording of a rule (messages {@code rule.<code>}), or the rule's own sentence if there is none. */
    private static String localized(String code, Object[] arguments, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : java.util.Locale.JAPANESE;
        try {
            String pattern = java.util.ResourceBundle.getBundle(jp.medsec.web.i18n.Messages.BUNDLE, locale)
                    .getString("rule." + code);
            return new java.text.MessageFormat(pattern, locale).format(arguments);
        } catch (java.util.MissingResourceException e) {
            return message;
        }
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return (dot < 0 ? path : path.substring(dot + 1)) + ": " + violation.getMessage();
    }

    /**
     * Runs a form's service call: on success shows {@code done} (if any) and answers true; a refusal (which crosses the
     * EJB boundary as itself, see the EJB module's ejb-jar.xml) is shown and answers false; a server fault is rethrown.
     */
    public static boolean attempt(Runnable action, String done) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!showRefusal(e)) {
                throw e;
            }
            return false;
        }
        if (done != null) {
            info(done);
        }
        return true;
    }

    /** Shows the refusal and answers true, or answers false if the failure is a server fault to rethrow. */
    public static boolean showRefusal(RuntimeException failure) {
        String reason = refusal(failure);
        if (reason == null) {
            return false;
        }
        error(reason);
        return true;
    }
}
