package jp.medsec.certification.points;

import java.time.LocalDate;
import java.util.List;

public interface PointCategoryRepository {

    /** Each category as in force on the given day (the newest version with effective_from on or before it). */
    List<PointCategory> inForce(LocalDate day);
}
