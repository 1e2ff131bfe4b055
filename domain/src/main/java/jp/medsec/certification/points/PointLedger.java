package jp.medsec.certification.points;

import java.util.List;

/** A holder's points, line by line. */
public interface PointLedger {

    List<PointEntry> entriesOf(long holderId);

    /** The entries of many holders in one read, by holder id (a holder without entries is absent). */
    java.util.Map<Long, List<PointEntry>> entriesOf(java.util.Collection<Long> holderIds);

    PointEntry add(PointEntry entry);
}
