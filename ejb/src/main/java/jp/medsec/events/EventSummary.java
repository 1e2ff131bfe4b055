package jp.medsec.events;

/** An event with how many have attended so far. */
public record EventSummary(Event event, long attendees) implements java.io.Serializable {
}
