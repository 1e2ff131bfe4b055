package jp.medsec.certification.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A kind of renewal point (ポイント区分) with its caps, as reference data with the date it took effect: JAMI
 * membership 2 per fiscal year and 10 per cycle, committee membership 10 per year, exam questions at most 5, IHE
 * judging 5 per year, lecturing at most 25 per cycle; events and others as configured.
 */
@Entity
@Table(name = "point_category")
public class PointCategory implements java.io.Serializable {

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "cap_per_fiscal_year")
    private Integer capPerFiscalYear;

    @Column(name = "cap_per_cycle")
    private Integer capPerCycle;

    /** Whether holders may claim points of this kind themselves (with evidence). */
    @Column(nullable = false)
    private boolean claimable;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PointCategory() {
    }

    public PointCategory(String code, String nameJa, String nameEn, Integer capPerFiscalYear, Integer capPerCycle,
                         boolean claimable, int sortOrder) {
        this.code = code;
        this.effectiveFrom = LocalDate.of(2001, 4, 1);
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.capPerFiscalYear = capPerFiscalYear;
        this.capPerCycle = capPerCycle;
        this.claimable = claimable;
        this.sortOrder = sortOrder;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Integer getCapPerFiscalYear() {
        return capPerFiscalYear;
    }

    public Integer getCapPerCycle() {
        return capPerCycle;
    }

    public boolean isClaimable() {
        return claimable;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
