package jp.medsec.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.compliance.RequirementEvaluator;

import java.util.Locale;

/**
 * One requirement of a catalogue: its code, section, text in Japanese (verbatim from the source) and English, the
 * source's 「将来的には」 text and other notes, and — where the system can judge it from what it knows — the name of
 * the rule that pre-fills it ({@link #getEvaluatorCode()}).
 */
@Entity
@Table(name = "catalogue_item")
public class CatalogueItem implements java.io.Serializable {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_id")
    private Catalogue catalogue;

    @Column(nullable = false)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String section;

    @Column(name = "section_ja", nullable = false)
    private String sectionJa;

    @Column(name = "text_ja", nullable = false)
    private String textJa;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "future_ja")
    private String futureJa;

    @Column(name = "note_ja")
    private String noteJa;

    @Column(name = "future_en")
    private String futureEn;

    @Column(name = "note_en")
    private String noteEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    /** The code of the {@link RequirementEvaluator} that judges this requirement, if the system can. */
    @Column(name = "evaluator")
    private String evaluator;

    /** For checklist items with a deadline of their own (FY2025's two-factor authentication by FY2027). */
    @Column(name = "target_fiscal_year")
    private Integer targetFiscalYear;

    protected CatalogueItem() {
    }

    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textJa;
    }

    public Long getId() {
        return id;
    }

    public Catalogue getCatalogue() {
        return catalogue;
    }

    public String getCode() {
        return code;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getSection() {
        return section;
    }

    public String getSectionJa() {
        return sectionJa;
    }

    public String getTextJa() {
        return textJa;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getFutureJa() {
        return futureJa;
    }

    public String getNoteJa() {
        return noteJa;
    }

    /** The seed's "in future" remark in English (the Japanese is the seed's own words). */
    public String getFutureEn() {
        return futureEn;
    }

    public String getNoteEn() {
        return noteEn;
    }

    public ItemKind getKind() {
        return kind;
    }

    /** The code of the evaluator that judges this requirement; null if only a person can. */
    public String getEvaluatorCode() {
        return evaluator;
    }

    public Integer getTargetFiscalYear() {
        return targetFiscalYear;
    }
}
