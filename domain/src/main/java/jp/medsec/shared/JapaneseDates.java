package jp.medsec.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Japanese readers expect them: the era (和暦) beside ISO-8601; "today" in Japan. */
public final class JapaneseDates {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter WAREKI = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    private JapaneseDates() {
    }

    /** The first day java.time's Japanese calendar knows (明治6年1月1日, when Japan took up the Gregorian calendar). */
    public static final LocalDate FIRST_WAREKI_DAY = LocalDate.of(1873, 1, 1);

    /** 令和7年3月31日; a day before {@link #FIRST_WAREKI_DAY} has no such name and reads in ISO-8601. */
    public static String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        return date.isBefore(FIRST_WAREKI_DAY) ? date.toString() : WAREKI.format(JapaneseDate.from(date));
    }

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
