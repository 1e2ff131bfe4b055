package jp.medsec.jobs;

import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;

/** The day a job runs for: the job parameter {@code today} (ISO) when given, else today in Japan. */
final class JobDays {

    private JobDays() {
    }

    static LocalDate today(String parameter) {
        return parameter == null || parameter.isBlank() ? JapaneseDates.today() : LocalDate.parse(parameter.strip());
    }
}
