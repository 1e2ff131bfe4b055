package jp.medsec.advisory;

/** An advisory was published: once its transaction commits, its audience is told (the advisory-notify job). */
public record AdvisoryPublished(long advisoryId) {
}
