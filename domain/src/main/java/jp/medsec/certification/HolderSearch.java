package jp.medsec.certification;

/**
 * What staff search holders by. Every field is optional; {@code text} matches a name in kanji or kana (either
 * syllabary), an e-mail address, or a certificate number.
 */
public record HolderSearch(String text, CertificationType type, CertificationStatus status, Integer prefectureCode) {

    public static final HolderSearch ALL = new HolderSearch(null, null, null, null);

    public HolderSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            throw new IllegalArgumentException("Search text must be at most 100 characters");
        }
        if (prefectureCode != null && (prefectureCode < 1 || prefectureCode > 47)) {
            throw new IllegalArgumentException("Prefecture code must be 1..47, was " + prefectureCode);
        }
    }

    /** How a result page is ordered. */
    public enum Sort {
        KANA, NAME, PREFECTURE, ID
    }
}
