package jp.medsec.certification;

/** The public directory's search: a name (kanji or kana), a prefecture, a certification type; all optional. */
public record DirectorySearch(String name, Integer prefectureCode, CertificationType type) {

    public DirectorySearch {
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > 50) {
            throw new IllegalArgumentException("The name to search for must be at most 50 characters");
        }
        if (prefectureCode != null && (prefectureCode < 1 || prefectureCode > 47)) {
            throw new IllegalArgumentException("Prefecture code must be 1..47, was " + prefectureCode);
        }
    }
}
