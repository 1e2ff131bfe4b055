package jp.medsec.certification;

import java.time.Instant;
import java.util.List;

/** Everything the holder page shows: the holder, each certification, and the history of both. */
public record HolderDetail(Holder holder, List<Certification> certifications, List<HistoryEntry> history) {

    /** One change: when, by whom, what kind, to what, and the state it left. */
    public record HistoryEntry(Instant at, String by, Kind kind, String subject, String state) {
        public enum Kind {
            CREATED, CHANGED, DELETED
        }
    }
}
