package jp.medsec.events;

/** How an attendance was recorded: an organiser's CSV list, reception check-in, or staff entry. */
public enum AttendanceMethod {
    CSV, CHECK_IN, STAFF
}
