package jp.medsec.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a person's continuing topics (継続研修 CONT-A/B/C, seed 002 section 3) fall due: each is due its interval after
 * it was last taken (course_module.interval_months, 12 by default), and at once while never taken. A topic "falls
 * due" within the notice the calendar gives before that day; past it, it is overdue.
 */
public final class ContinuingTopics {

    /** How many days before a topic's due day the person is told and the officer sees it. */
    public static final int NOTICE_DAYS = 30;

    /**
     * A topic falling due.
     *
     * @param dueOn the day it is due; null while never taken (due now)
     */
    public record Due(String topic, LocalDate dueOn, boolean overdue) implements java.io.Serializable {

        public boolean neverTaken() {
            return dueOn == null;
        }

        /** What makes the reminder of this falling-due one of its own: the due day, or "never" taken. */
        public String occurrence() {
            return dueOn == null ? "never" : dueOn.toString();
        }
    }

    private ContinuingTopics() {
    }

    /**
     * The topics due on or before {@code today} plus {@link #NOTICE_DAYS}, in the order of {@link Modules#CONTINUING}.
     *
     * @param lastTaken the day each topic was last taken (absent: never)
     * @param intervals each topic's interval in months (absent or null: 12)
     */
    public static List<Due> falling(Map<String, LocalDate> lastTaken, Map<String, Integer> intervals, LocalDate today) {
        List<Due> due = new ArrayList<>();
        for (String topic : Modules.CONTINUING) {
            LocalDate last = lastTaken.get(topic);
            if (last == null) {
                due.add(new Due(topic, null, true));
                continue;
            }
            Integer months = intervals.get(topic);
            LocalDate dueOn = last.plusMonths(months == null ? 12 : months);
            if (!dueOn.isAfter(today.plusDays(NOTICE_DAYS))) {
                due.add(new Due(topic, dueOn, dueOn.isBefore(today)));
            }
        }
        return due;
    }
}
