package jp.medsec.events;

import java.time.Instant;
import java.time.LocalDate;

/** One attendee of an event, for the event page. */
public record AttendanceRow(long holderId, String holderName, String holderKana, LocalDate attendedOn,
                            AttendanceMethod method, String recordedBy, Instant recordedAt) implements java.io.Serializable {
}
