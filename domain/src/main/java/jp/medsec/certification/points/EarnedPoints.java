package jp.medsec.certification.points;

import java.time.LocalDate;
import java.util.Objects;

/** Points as the transcript sees them: how many, of which kind, earned when, and whether it was the seminar. */
public record EarnedPoints(String category, int points, LocalDate earnedOn, boolean seminar) {

    public EarnedPoints {
        Objects.requireNonNull(category, "Category is required");
        Objects.requireNonNull(earnedOn, "Date earned is required");
        if (points < 0) {
            throw new IllegalArgumentException("Points must not be negative, was " + points);
        }
    }
}
