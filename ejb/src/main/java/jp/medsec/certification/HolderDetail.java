package jp.medsec.certification;

import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.certification.points.PointEntry;

import java.time.Instant;
import java.util.List;

/** Everything the holder page shows: the holder, each certification with its transcript, the ledger, the history. */
public record HolderDetail(Holder holder, List<Certification> certifications, List<CertificationTranscript> transcripts,
                           List<PointEntry> ledger, List<HistoryEntry> history) {

    /** One change: when, by whom, what kind, to what, and the state it left. */
    public record HistoryEntry(Instant at, String by, Kind kind, String subject, String state) {
        public enum Kind {
            CREATED, CHANGED, DELETED
        }
    }
}
