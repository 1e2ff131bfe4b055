package jp.medsec.geo;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of Japan's 47 prefectures (都道府県), identified by its JIS X 0401 code (1 北海道 … 47 沖縄県).
 * Reference data loaded by migration; never changed by the application.
 */
@Entity
@Table(name = "prefecture")
@Cacheable
public class Prefecture implements java.io.Serializable {

    @Id
    private Integer code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** Region (地方) code such as {@code KANTO}; neighbouring regions matter for the mutual checks. */
    @Column(name = "region", nullable = false)
    private String region;

    protected Prefecture() {
    }

    public Prefecture(int code, String nameJa, String nameEn, String region) {
        if (code < 1 || code > 47) {
            throw new IllegalArgumentException("Prefecture code must be 1..47, was " + code);
        }
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.region = region;
    }

    public Integer getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getRegion() {
        return region;
    }

    /** The name in the user's language: Japanese unless English is asked for. */
    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prefecture p && code != null && code.equals(p.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code;
    }

    @Override
    public String toString() {
        return nameJa;
    }
}
