package jp.medsec.demo;

import jp.medsec.certification.CertificateNumber;
import jp.medsec.certification.CertificationCycle;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generated holder with their certifications, as they go into {@code holder} and {@code certification}. */
final class HolderRow {
    long id;
    NamePools.Name family;
    NamePools.Name given;
    LocalDate birthDate;
    int prefecture;
    Long institutionId;
    boolean directoryConsent;
    final List<CertRow> certifications = new ArrayList<>();

    record CertRow(CertificationType type, CertificateNumber number, LocalDate firstCertified,
                   CertificationCycle cycle, CertificationStatus status, String reason) {
    }

    boolean holds(CertificationType type) {
        return certifications.stream().anyMatch(cr -> cr.type() == type && cr.status().isCurrent());
    }

    String displayName() {
        return family.kanji() + " " + given.kanji();
    }
}
