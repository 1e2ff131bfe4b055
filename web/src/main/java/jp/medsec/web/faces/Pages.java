package jp.medsec.web.faces;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.util.Optional;

/** What pages opened with an id in their address share: reading the id, and answering 404 when there is nothing. */
public final class Pages {

    private Pages() {
    }

    /** The id in a view parameter, if it is a number. */
    public static Optional<Long> id(String parameter) {
        try {
            return Optional.of(Long.parseLong(parameter == null ? "" : parameter.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Shows a message on the page a redirect goes to next (the flash keeps it across the redirect). */
    public static void keepMessage(String text) {
        FacesMessages.info(text);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Ends the request with 404 and the not-found page. */
    public static void notFound(String what) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, what);
        faces.responseComplete();
    }
}
