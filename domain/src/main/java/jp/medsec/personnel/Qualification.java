package jp.medsec.personnel;

import java.util.Optional;
import java.util.Set;

/**
 * Qualifications that count towards Group A/B/C (API.md codes). Only current ones count: an expired qualification
 * is simply not listed.
 */
public enum Qualification {
    HIT("医療情報技師", "Healthcare Information Technologist"),
    SENIOR_HIT("上級医療情報技師", "Senior Healthcare Information Technologist"),
    MIIS("医用画像情報専門技師", "Medical Imaging Information Specialist"),
    HIT_BASIC("医療情報基礎知識検定", "Basic medical informatics test"),
    HIM("診療情報管理士", "Health Information Manager"),
    IPA_IP("ITパスポート", "IT Passport"),
    IPA_SG("情報セキュリティマネジメント試験", "Information Security Management"),
    IPA_AP("応用情報技術者試験", "Applied Information Technology Engineer"),
    IPA_RISS("情報処理安全確保支援士", "Registered Information Security Specialist"),
    LICENSE_PHYSICIAN("医師", "Physician"),
    LICENSE_DENTIST("歯科医師", "Dentist"),
    LICENSE_PHARMACIST("薬剤師", "Pharmacist"),
    LICENSE_NURSE("看護師", "Nurse"),
    LICENSE_RADIOLOGICAL_TECHNOLOGIST("診療放射線技師", "Radiological technologist"),
    LICENSE_CLINICAL_ENGINEER("臨床工学技士", "Clinical engineer"),
    LICENSE_CLINICAL_LAB_TECHNOLOGIST("臨床検査技師", "Clinical laboratory technologist"),
    LICENSE_OTHER("その他の医療系国家資格", "Other national medical licence");

    /** National licences whose exam covers information security (seed 002 section 3, Group C). */
    public static final Set<Qualification> LICENCES_COVERING_SECURITY = Set.of(LICENSE_RADIOLOGICAL_TECHNOLOGIST,
            LICENSE_CLINICAL_ENGINEER, LICENSE_CLINICAL_LAB_TECHNOLOGIST);

    private final String nameJa;
    private final String nameEn;

    Qualification(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isNationalLicence() {
        return name().startsWith("LICENSE_");
    }

    /** IPA exam level: IT Passport 1, Security Management 2, Applied IT 3, Security Specialist 4. */
    public Optional<Integer> ipaLevel() {
        return switch (this) {
            case IPA_IP -> Optional.of(1);
            case IPA_SG -> Optional.of(2);
            case IPA_AP -> Optional.of(3);
            case IPA_RISS -> Optional.of(4);
            default -> Optional.empty();
        };
    }
}
