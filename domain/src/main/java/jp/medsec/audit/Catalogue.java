package jp.medsec.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jp.medsec.institution.InstitutionTier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A versioned catalogue of requirements, loaded by migration: next year's revision is a new row (and the old one stops
 * being current), never an edit, so that an audit keeps pointing at the version it was made against.
 */
@Entity
@Table(name = "catalogue")
public class Catalogue {

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Framework framework;

    @Enumerated(EnumType.STRING)
    private InstitutionTier tier;

    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    @Column(name = "version_label", nullable = false)
    private String versionLabel;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(nullable = false)
    private String source;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "current_version", nullable = false)
    private boolean current;

    @OneToMany(mappedBy = "catalogue", fetch = FetchType.LAZY)
    @OrderBy("sortOrder")
    private List<CatalogueItem> items = new ArrayList<>();

    protected Catalogue() {
    }

    public String title(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleJa;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Framework getFramework() {
        return framework;
    }

    public InstitutionTier getTier() {
        return tier;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public boolean isCurrent() {
        return current;
    }

    public List<CatalogueItem> getItems() {
        return List.copyOf(items);
    }
}
