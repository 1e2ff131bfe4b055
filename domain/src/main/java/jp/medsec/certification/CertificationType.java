package jp.medsec.certification;

/**
 * The certifications the association administers.
 * <ul>
 * <li>{@code HIT} 医療情報技師 (Healthcare Information Technologist)</li>
 * <li>{@code SENIOR_HIT} 上級医療情報技師 (Senior HIT), requires an active HIT</li>
 * <li>{@code MIIS} 医用画像情報専門技師 (Medical Imaging Information Specialist), requires an active HIT</li>
 * </ul>
 */
public enum CertificationType {
    HIT("HIT", null),
    SENIOR_HIT("SHI", HIT),
    MIIS("MIIS", HIT);

    private final String numberPrefix;
    private final CertificationType prerequisite;

    CertificationType(String numberPrefix, CertificationType prerequisite) {
        this.numberPrefix = numberPrefix;
        this.prerequisite = prerequisite;
    }

    /** The letters in front of a certificate number of this type, e.g. {@code HIT} in {@code HIT-00012345}. */
    public String numberPrefix() {
        return numberPrefix;
    }

    /** The certification that must stay active for this one to stay valid, or null. */
    public CertificationType prerequisite() {
        return prerequisite;
    }
}
