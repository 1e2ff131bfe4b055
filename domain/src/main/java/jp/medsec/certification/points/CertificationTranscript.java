package jp.medsec.certification.points;

import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;

/** A certification with its transcript for the current cycle, as the holder and staff pages show it. */
public record CertificationTranscript(long certificationId, CertificationType type, String certificateNumber,
                                      CertificationStatus status, Transcript transcript) implements java.io.Serializable {
}
