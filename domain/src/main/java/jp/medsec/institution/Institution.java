package jp.medsec.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.geo.Prefecture;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.Objects;

/** A medical institution (医療機関) and the tier (層) it belongs to. */
@Entity
@Table(name = "institution")
@Audited
public class Institution implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    /** 医療機関コード (see {@link InstitutionCode}). */
    @Column(name = "institution_code", nullable = false, unique = true, length = 10)
    private String institutionCode;

    /** The secret of the institution's calendar feed (kept out of the history); null until first asked for. */
    @Column(name = "calendar_token", unique = true, length = 64)
    @org.hibernate.envers.NotAudited
    private String calendarToken;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    @Size(max = 200)
    @Column(name = "name_kana")
    private String nameKana;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prefecture_code", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Prefecture prefecture;

    @Size(max = 100)
    private String municipality;

    @Min(0)
    @Column(nullable = false)
    private int beds;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstitutionKind kind;

    /** The corporate group (法人) that runs the hospital; mutual checks never pair two of one group. */
    @Size(max = 200)
    @Column(name = "corporate_group")
    private String corporateGroup;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstitutionTier tier;

    @Column(name = "regionally_critical", nullable = false)
    private boolean regionallyCritical;

    @Column(name = "on_premises_systems", nullable = false)
    private boolean onPremisesSystems;

    /** 医療情報システム管理部門 is set up. */
    @Column(name = "is_department", nullable = false)
    private boolean isDepartment;

    /** 医療情報システムに関するセキュリティ委員会 is set up. */
    @Column(name = "security_committee", nullable = false)
    private boolean securityCommittee;

    /** A continuing contract with a Group A person of a leading institution, public body, central organisation or vendor. */
    @Column(name = "group_a_contract", nullable = false)
    private boolean groupAContract;

    protected Institution() {
    }

    public Institution(InstitutionCode code, String name, Prefecture prefecture, InstitutionKind kind, int beds,
                       InstitutionTier tier) {
        this.name = requireText(name, "name");
        this.prefecture = Objects.requireNonNull(prefecture, "Prefecture is required");
        recode(code);
        this.kind = Objects.requireNonNull(kind, "Kind is required");
        if (beds < 0) {
            throw new IllegalArgumentException("Beds must not be negative, was " + beds);
        }
        this.beds = beds;
        this.tier = Objects.requireNonNull(tier, "Tier is required");
        this.onPremisesSystems = true;
    }

    /** Corrects the institution code; it must name the institution's prefecture. */
    public void recode(InstitutionCode code) {
        Objects.requireNonNull(code, "An institution code is required");
        if (code.prefectureCode() != prefecture.getCode()) {
            throw new IllegalArgumentException("institutionCode: " + code + " is not of prefecture "
                    + String.format("%02d", prefecture.getCode()));
        }
        this.institutionCode = code.value();
    }

    /** Where it is and to which corporate group (法人) it belongs; blank means unknown. */
    public void place(String municipality, String corporateGroup) {
        this.municipality = municipality == null || municipality.isBlank() ? null : limited(municipality, "municipality", 100);
        this.corporateGroup = corporateGroup == null || corporateGroup.isBlank() ? null : limited(corporateGroup, "corporateGroup", 200);
    }

    private static String limited(String value, String field, int max) {
        if (value.strip().length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return value.strip();
    }

    /** Records the organisation's standing facts (what the roles and departments do not say). */
    public void describeOrganisation(boolean isDepartment, boolean securityCommittee, boolean groupAContract) {
        this.isDepartment = isDepartment;
        this.securityCommittee = securityCommittee;
        this.groupAContract = groupAContract;
    }

    /** Corrects the facts the tier recommendation reads. */
    public void describeSystems(int beds, boolean regionallyCritical, boolean onPremisesSystems) {
        if (beds < 0) {
            throw new IllegalArgumentException("Beds must not be negative, was " + beds);
        }
        this.beds = beds;
        this.regionallyCritical = regionallyCritical;
        this.onPremisesSystems = onPremisesSystems;
    }

    /** The minimum tier this institution's size, regional role and systems call for. */
    public TierRecommendation recommendedTier() {
        return TierRecommendation.of(beds, regionallyCritical, onPremisesSystems);
    }

    /** Whether the tier held is below the recommended minimum (LEADING and SELF_DEFENDING satisfy SELF_DEFENDING). */
    public boolean isBelowRecommendedTier() {
        InstitutionTier minimum = recommendedTier().minimumTier();
        return minimum != null && tier.ordinal() > minimum.ordinal();
    }

    public boolean isIsDepartment() {
        return isDepartment;
    }

    public boolean isSecurityCommittee() {
        return securityCommittee;
    }

    public boolean isGroupAContract() {
        return groupAContract;
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    /** The calendar feed's secret, made on first use. */
    public String calendarToken() {
        if (calendarToken == null) {
            renewCalendarToken();
        }
        return calendarToken;
    }

    /** A new secret: the old link stops working. */
    public void renewCalendarToken() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        calendarToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the token is this institution's calendar secret (compared in constant time). */
    public boolean hasCalendarToken(String token) {
        return calendarToken != null && token != null && java.security.MessageDigest.isEqual(
                calendarToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getName() {
        return name;
    }

    public String getNameKana() {
        return nameKana;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public String getMunicipality() {
        return municipality;
    }

    public int getBeds() {
        return beds;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public String getCorporateGroup() {
        return corporateGroup;
    }

    public InstitutionTier getTier() {
        return tier;
    }

    public boolean isRegionallyCritical() {
        return regionallyCritical;
    }

    public boolean isOnPremisesSystems() {
        return onPremisesSystems;
    }
}
