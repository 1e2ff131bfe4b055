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

    /** 令和7年3月31日 */
    public static String wareki(LocalDate date) {
        return date == null ? "" : WAREKI.format(JapaneseDate.from(date));
    }

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
