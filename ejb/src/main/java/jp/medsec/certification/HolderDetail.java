package jp.medsec.certification;

import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.certification.points.PointEntry;

import java.time.Instant;
import java.util.List;

/** Everything the holder page shows: the holder, each certification with its transcript, the ledger, the history. */
public record HolderDetail(Holder holder, List<Certification> certifications, List<CertificationTranscript> transcripts,
                           List<PointEntry> ledger, List<HistoryEntry> history) {

    /**
     * One change: when, by whom, what kind, to what, and the state it left; for a certification also its type and
     * status, for the page to put in words.
     */
    public record HistoryEntry(Instant at, String by, Kind kind, String subject, String state, CertificationType type,
                               CertificationStatus status) {
        public enum Kind {
            CREATED, CHANGED, DELETED
        }
    }
}
