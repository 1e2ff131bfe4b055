package jp.medsec.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.medsec.shared.JapaneseDates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people here read them: ISO-8601 everywhere, with the Japanese era (和暦) beside it where asked. */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    public static final ZoneId JAPAN = JapaneseDates.JAPAN;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(JAPAN);

    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** 令和7年3月31日 */
    public String wareki(LocalDate date) {
        return JapaneseDates.wareki(date);
    }

    /** ISO date and, for Japanese readers, the era date in brackets. */
    public String both(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return locale != null && "en".equals(locale.getLanguage()) ? iso(date) : iso(date) + "（" + wareki(date) + "）";
    }

    /** {@link #both}, kept on one line: its hyphens do not break (a date split over two lines on a phone misleads). */
    public String unbroken(LocalDate date, Locale locale) {
        return both(date, locale).replace('-', '\u2011');
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The time of day in Japan, e.g. the end of a meeting that began on a day already shown. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Now, for pages that ask whether something is still open. */
    public Instant now() {
        return Instant.now();
    }
}
