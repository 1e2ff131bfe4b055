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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned catalogue of requirements, loaded by migration: next year's revision is a new row, never an edit, so that
 * an audit keeps pointing at the version it was made against. Which version is current follows the calendar: the one
 * that took effect last, on or before the day (a revision loaded ahead of its date waits for it).
 */
@Entity
@Table(name = "catalogue")
public class Catalogue implements java.io.Serializable {

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

    @OneToMany(mappedBy = "catalogue", fetch = FetchType.LAZY)
    @OrderBy("sortOrder")
    private List<CatalogueItem> items = new ArrayList<>();

    protected Catalogue() {
    }

    /** A catalogue in memory (catalogues are loaded by migration; this is for rules that choose among versions). */
    Catalogue(String code, Framework framework, InstitutionTier tier, Integer fiscalYear, LocalDate effectiveFrom) {
        this.code = Objects.requireNonNull(code, "code");
        this.framework = Objects.requireNonNull(framework, "framework");
        this.tier = tier;
        this.fiscalYear = fiscalYear;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.versionLabel = code;
        this.titleJa = code;
        this.titleEn = code;
        this.source = code;
    }

    /**
     * The version in force on a day among the versions of one framework (and tier): the latest that took effect on or
     * before it; empty if none has yet. Versions taking effect the same day are a data error; the code decides then.
     */
    public static Optional<Catalogue> currentOf(Collection<Catalogue> versions, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return versions.stream().filter(c -> c.tookEffectBy(day))
                .max(Comparator.comparing(Catalogue::getEffectiveFrom).thenComparing(Catalogue::getCode));
    }

    /** Whether this version has taken effect by the day (it may have been superseded since: see {@link #currentOf}). */
    public boolean tookEffectBy(LocalDate day) {
        return !effectiveFrom.isAfter(day);
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

    public List<CatalogueItem> getItems() {
        return List.copyOf(items);
    }
}
