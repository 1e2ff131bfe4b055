package jp.medsec.certification;

import java.util.List;

/** One row of a holder search: who, where, and each certification with its status. */
public record HolderSummary(long id, String fullName, String fullNameKana, int prefectureCode, String prefectureJa,
                            String prefectureEn, String institutionName, List<CertificationSummary> certifications) implements java.io.Serializable {

    public record CertificationSummary(CertificationType type, String certificateNumber, CertificationStatus status,
                                       java.time.LocalDate validUntil) implements java.io.Serializable {
    }
}
