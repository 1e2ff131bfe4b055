package jp.medsec.advisory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.medsec.institution.Institution;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A security advisory (注意喚起): severity, title and text in Japanese and English, the products it concerns, a link to
 * the source, and its audience (all institutions, or some tiers, some prefectures, or both). Published when staff
 * save it; those who have not acknowledged it after {@link #getRemindAfterDays()} days are reminded once.
 */
@Entity
@Table(name = "advisory")
@Audited
public class Advisory implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_PRODUCTS = 1000;
    public static final int MAX_LINK = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdvisorySeverity severity;

    @Column(name = "title_ja", nullable = false, length = MAX_TITLE)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = MAX_TITLE)
    private String titleEn;

    @Column(name = "text_ja", nullable = false, columnDefinition = "TEXT")
    private String textJa;

    @Column(name = "text_en", nullable = false, columnDefinition = "TEXT")
    private String textEn;

    @Column(name = "affected_products", length = MAX_PRODUCTS)
    private String affectedProducts;

    @Column(length = MAX_LINK)
    private String link;

    @Column(name = "remind_after_days", nullable = false)
    private int remindAfterDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_tier", joinColumns = @JoinColumn(name = "advisory_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 16)
    @NotAudited
    private Set<InstitutionTier> audienceTiers = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advisory_prefecture", joinColumns = @JoinColumn(name = "advisory_id"))
    @Column(name = "prefecture_code", nullable = false)
    @NotAudited
    private Set<Integer> audiencePrefectures = new TreeSet<>();

    @Column(name = "published_by", nullable = false, length = 64, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected Advisory() {
    }

    /** What staff write. Empty tiers or prefectures: every tier, every prefecture. */
    public record Content(AdvisorySeverity severity, String titleJa, String titleEn, String textJa, String textEn,
                          String affectedProducts, String link, int remindAfterDays,
                          Collection<InstitutionTier> audienceTiers, Collection<Integer> audiencePrefectures) {
    }

    public Advisory(Content content, String publishedBy, Instant publishedAt) {
        if (content == null || content.severity() == null) {
            throw new InputRejected("advisory.severity", "severity: choose how urgent it is");
        }
        this.severity = content.severity();
        this.titleJa = Texts.required(content.titleJa(), "advisory", "titleJa", MAX_TITLE);
        this.titleEn = Texts.required(content.titleEn(), "advisory", "titleEn", MAX_TITLE);
        this.textJa = Texts.required(content.textJa(), "advisory", "textJa", MAX_TEXT);
        this.textEn = Texts.required(content.textEn(), "advisory", "textEn", MAX_TEXT);
        this.affectedProducts = Texts.optional(content.affectedProducts(), "advisory", "affectedProducts",
                MAX_PRODUCTS);
        this.link = Texts.optional(content.link(), "advisory", "link", MAX_LINK);
        if (link != null && !Texts.isWebAddress(link)) {
            throw new InputRejected("advisory.link", "link: not a web address (https://…): " + link, link);
        }
        if (content.remindAfterDays() < 1 || content.remindAfterDays() > 90) {
            throw new InputRejected("advisory.remindAfterDays", "remindAfterDays: 1..90, was " + content.remindAfterDays(),
                    content.remindAfterDays());
        }
        this.remindAfterDays = content.remindAfterDays();
        if (content.audienceTiers() != null) {
            this.audienceTiers.addAll(content.audienceTiers());
        }
        if (content.audiencePrefectures() != null) {
            for (Integer code : content.audiencePrefectures()) {
                if (code == null || code < 1 || code > 47) {
                    throw new InputRejected("advisory.prefecture", "audiencePrefectures: no prefecture " + code, code);
                }
                this.audiencePrefectures.add(code);
            }
        }
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** Whether the institution is in the audience. */
    public boolean reaches(Institution institution) {
        return (audienceTiers.isEmpty() || audienceTiers.contains(institution.getTier()))
                && (audiencePrefectures.isEmpty()
                || audiencePrefectures.contains(institution.getPrefecture().getCode()));
    }

    public Long getId() {
        return id;
    }

    public AdvisorySeverity getSeverity() {
        return severity;
    }

    public String getTitleJa() {
        return titleJa;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTextJa() {
        return textJa;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getAffectedProducts() {
        return affectedProducts;
    }

    public String getLink() {
        return link;
    }

    public int getRemindAfterDays() {
        return remindAfterDays;
    }

    public Set<InstitutionTier> getAudienceTiers() {
        return Set.copyOf(audienceTiers);
    }

    public Set<Integer> getAudiencePrefectures() {
        return Set.copyOf(audiencePrefectures);
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
