package jp.medsec.certification.points;

/** How points arrived: an attendance list (CSV, reception check-in, staff entry), an approved claim, or staff. */
public enum PointSource {
    ATTENDANCE, CLAIM, STAFF
}
