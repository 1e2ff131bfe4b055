package jp.medsec.certification;

import jp.medsec.certification.points.CertificationTranscript;
import jp.medsec.certification.points.Transcript;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a holder has to do, and by when, across all their certifications (やること): the box at the top of their home.
 * Each task names the certification, the day it is due and how much is missing, and the part of the home where it is
 * done. Nothing here is stored: it is read from the transcripts, the renewal applications and the waiting claims.
 */
public final class HolderTasks {

    /** What is to be done; the order is the order of urgency on one day. */
    public enum Kind {
        /** The association returned the renewal application: read the reasons, put it right, apply again. */
        RENEWAL_RETURNED,
        /** Points are short for the cycle. */
        POINTS,
        /** The lifelong-learning seminar (or its e-learning) is still to be attended in the cycle. */
        SEMINAR,
        /** Requirements met and the window open: apply. */
        APPLY,
        /** Applied: the association is checking; the papers must arrive by the due day. */
        RENEWAL_WAITING,
        /** Requirements met, the window not yet open: apply from the due day. */
        WINDOW_OPENS,
        /** Claims for points wait for the association's decision (no due day). */
        CLAIMS_WAITING
    }

    /**
     * One task.
     *
     * @param certificateNumber the certification it is for, or null for one that concerns the holder (claims)
     * @param type              its type, or null
     * @param due               the day it must be done by (or from, for {@link Kind#WINDOW_OPENS}), or null
     * @param count             points missing, or claims waiting; 0 where nothing is counted
     */
    public record Task(Kind kind, String certificateNumber, CertificationType type, LocalDate due, int count)
            implements java.io.Serializable {

        /** The tab of the holder's home where it is done. */
        public String tab() {
            return switch (kind) {
                case POINTS, SEMINAR, CLAIMS_WAITING -> "points";
                case RENEWAL_RETURNED, RENEWAL_WAITING -> "renewal";
                case APPLY, WINDOW_OPENS -> "overview";
            };
        }
    }

    private HolderTasks() {
    }

    /**
     * The tasks of a holder on {@code today}, the nearest due day first.
     *
     * @param applications the holder's renewal applications, any order
     * @param claimsWaiting how many of the holder's claims wait for a decision
     */
    public static List<Task> of(List<CertificationTranscript> transcripts, Collection<RenewalApplication> applications,
                                int claimsWaiting, LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        for (CertificationTranscript ct : transcripts) {
            if (ct.status() != CertificationStatus.ACTIVE && ct.status() != CertificationStatus.RENEWAL_DUE) {
                continue;
            }
            Transcript t = ct.transcript();
            Optional<RenewalApplication> latest = applications.stream()
                    .filter(a -> a.getCertification().getCertificateNumber().equals(ct.certificateNumber())
                            && a.getCycleEnd().equals(t.cycle().end()))
                    .max(Comparator.comparing(RenewalApplication::getSubmittedAt));
            RenewalState state = latest.map(RenewalApplication::getState).orElse(null);
            if (state == RenewalState.SUBMITTED) {
                tasks.add(new Task(Kind.RENEWAL_WAITING, ct.certificateNumber(), ct.type(), t.papersDue(), 0));
                continue;
            }
            if (state == RenewalState.RETURNED) {
                tasks.add(new Task(Kind.RENEWAL_RETURNED, ct.certificateNumber(), ct.type(), t.deadline(), 0));
            }
            if (t.missingPoints() > 0) {
                tasks.add(new Task(Kind.POINTS, ct.certificateNumber(), ct.type(), t.deadline(), t.missingPoints()));
            }
            if (t.seminarMissing()) {
                tasks.add(new Task(Kind.SEMINAR, ct.certificateNumber(), ct.type(), t.deadline(), 0));
            }
            if (t.meetsRequirements() && state != RenewalState.RETURNED) {
                if (today.isBefore(t.renewalWindowStart())) {
                    tasks.add(new Task(Kind.WINDOW_OPENS, ct.certificateNumber(), ct.type(), t.renewalWindowStart(), 0));
                } else if (!today.isAfter(t.deadline())) {
                    tasks.add(new Task(Kind.APPLY, ct.certificateNumber(), ct.type(), t.deadline(), 0));
                }
            }
        }
        if (claimsWaiting > 0) {
            tasks.add(new Task(Kind.CLAIMS_WAITING, null, null, null, claimsWaiting));
        }
        tasks.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::kind));
        return List.copyOf(tasks);
    }
}
