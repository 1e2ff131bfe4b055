package jp.medsec.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the resource bundle in the viewer's language, for beans (pages use #{msg[...]}). */
@Named
@RequestScoped
public class Messages {

    public static final String BUNDLE = "jp.medsec.web.messages";

    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.JAPANESE;
    }

    public String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** Whether the bundle has words for this key (for keys made of data, such as a job's step). */
    public boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }
}
