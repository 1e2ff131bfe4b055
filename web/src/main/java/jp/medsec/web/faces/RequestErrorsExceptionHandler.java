package jp.medsec.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jp.medsec.web.i18n.Messages;

import java.time.DateTimeException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * A request that a component cannot read (a number field sent text, a table asked for a page at offset -5 or past
 * {@code Integer.MAX_VALUE}, a date that is no date) is the sender's mistake: the page answers with a message on the
 * form, never an AJAX error naming {@code NumberFormatException} or a 500. Only failures while reading the request
 * (restoring the view, applying its values, validating) are treated so; anything later is a server fault and goes on
 * to the error page.
 */
public class RequestErrorsExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RequestErrorsExceptionHandler.class.getName());

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RequestErrorsExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public RequestErrorsExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Throwable failure = event.getContext().getException();
            if (context != null && context.getPartialViewContext().isAjaxRequest() && isExpiredView(failure)) {
                // An AJAX post whose view is gone (a session that timed out, or a forged post from elsewhere): the
                // browser is sent to the page that says so; nothing ran, and it is not a server error.
                events.remove();
                LOG.fine(() -> "AJAX post to an expired or unknown view: " + failure);
                try {
                    context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                            + "/error/expired.xhtml");
                } catch (java.io.IOException e) {
                    throw new FacesException(e);
                }
                context.responseComplete();
                continue;
            }
            if (context != null && whileReadingTheRequest(event) && isUnreadableInput(failure)) {
                events.remove();
                LOG.fine(() -> "Unreadable request input: " + failure);
                Locale locale = context.getViewRoot() == null ? Locale.JAPANESE : context.getViewRoot().getLocale();
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("input.unreadable"), null));
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean whileReadingTheRequest(ExceptionQueuedEvent event) {
        var phase = event.getContext().getPhaseId();
        return phase == null || phase == jakarta.faces.event.PhaseId.APPLY_REQUEST_VALUES
                || phase == jakarta.faces.event.PhaseId.PROCESS_VALIDATIONS
                || phase == jakarta.faces.event.PhaseId.RESTORE_VIEW;
    }

    private static boolean isExpiredView(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnreadableInput(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof NumberFormatException || cause instanceof DateTimeException
                    || (cause instanceof IllegalArgumentException && !(cause instanceof jp.medsec.shared.NotFound))) {
                return true;
            }
            if (!(cause instanceof FacesException) && cause.getCause() == null) {
                return false;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
