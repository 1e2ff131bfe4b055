package jp.medsec.certification;

import java.util.List;

/** What the public directory shows of a holder who agreed: name, prefecture, affiliation, current certifications. */
public record DirectoryEntry(String name, String kana, String prefectureJa, String prefectureEn, String institution,
                             List<CertificationType> certifications) implements java.io.Serializable {
}
