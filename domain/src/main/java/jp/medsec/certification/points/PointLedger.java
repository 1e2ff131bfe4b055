package jp.medsec.certification.points;

import java.util.List;

/** A holder's points, line by line. */
public interface PointLedger {

    List<PointEntry> entriesOf(long holderId);

    PointEntry add(PointEntry entry);
}
