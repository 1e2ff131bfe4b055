package jp.medsec.compliance;

/**
 * What the system judges of one requirement, to pre-fill an audit item with; {@code status} null when it cannot judge
 * (the reason says what is missing). A person may still change the answer.
 */
public record Verdict(AuditStatus status, String reasonJa, String reasonEn) implements java.io.Serializable {
}
