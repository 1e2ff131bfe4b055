package jp.medsec.training;

import java.time.LocalDate;

/** A checked training-record line: whose (the roster entry), when, how and what; the provider if given. */
public record TrainingLine(long staffMemberId, LocalDate attendedOn, TrainingKind kind, String title, String provider) {

    public static final int TITLE_MAX = 200;
}
