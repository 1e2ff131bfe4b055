package jp.medsec.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/** The language a person reads the pages in: Japanese unless they switch to English. */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.JAPANESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
