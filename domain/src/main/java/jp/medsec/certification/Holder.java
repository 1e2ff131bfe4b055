package jp.medsec.certification;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.medsec.geo.Prefecture;
import jp.medsec.institution.Institution;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A person who holds, or has held, one of the association's certifications (資格保有者). */
@Entity
@Table(name = "holder")
@Audited
@jakarta.persistence.Cacheable // the name the public check shows comes from the cache too
public class Holder implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @NotBlank
    @Size(max = 50)
    @Column(name = "family_name", nullable = false)
    private String familyName;

    @NotBlank
    @Size(max = 50)
    @Column(name = "given_name", nullable = false)
    private String givenName;

    /** Family name in katakana (フリガナ); search and sort go by it. */
    @NotBlank
    @Size(max = 100)
    @Column(name = "family_name_kana", nullable = false)
    private String familyNameKana;

    @NotBlank
    @Size(max = 100)
    @Column(name = "given_name_kana", nullable = false)
    private String givenNameKana;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Email
    @Size(max = 254)
    private String email;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prefecture_code", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Prefecture prefecture;

    /** The institution the holder works at, if it is registered here. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Institution institution;

    /** Agreed to appear in the public directory (名簿公開への同意). */
    @Column(name = "directory_consent", nullable = false)
    private boolean directoryConsent;

    @OneToMany(mappedBy = "holder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("type")
    private List<Certification> certifications = new ArrayList<>();

    protected Holder() {
    }

    public Holder(PersonName name, Prefecture prefecture) {
        Objects.requireNonNull(name, "Name is required");
        this.familyName = name.familyName();
        this.givenName = name.givenName();
        this.familyNameKana = name.familyNameKana();
        this.givenNameKana = name.givenNameKana();
        this.prefecture = Objects.requireNonNull(prefecture, "Prefecture is required");
    }

    /**
     * Certifies this holder: a new certification of the given type, first cycle from the pass year.
     * Senior HIT and MIIS need a current HIT.
     */
    public Certification certify(CertificationType type, CertificateNumber number, CertificationCycle firstCycle) {
        Objects.requireNonNull(type, "Type is required");
        if (certification(type) != null) {
            throw new jp.medsec.shared.RuleViolation("holder.alreadyHolds", getFullName() + " already holds " + type, getFullName(), type.name());
        }
        CertificationType prerequisite = type.prerequisite();
        if (prerequisite != null) {
            Certification required = certification(prerequisite);
            if (required == null || !required.getStatus().isCurrent()) {
                throw new jp.medsec.shared.RuleViolation("holder.prerequisite", type + " requires a current " + prerequisite, type.name(),
                        prerequisite.name());
            }
        }
        Certification certification = new Certification(this, type, number, firstCycle);
        certifications.add(certification);
        return certification;
    }

    /** The certification of the given type, or null if the holder has none. */
    public Certification certification(CertificationType type) {
        return certifications.stream().filter(c -> c.getType() == type).findFirst().orElse(null);
    }

    public void affiliateWith(Institution institution) {
        this.institution = institution;
    }

    public void changeContact(String email, LocalDate birthDate) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.birthDate = birthDate;
    }

    public void consentToDirectory() {
        this.directoryConsent = true;
    }

    public void withdrawDirectoryConsent() {
        this.directoryConsent = false;
    }

    public Long getId() {
        return id;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyNameKana() {
        return familyNameKana;
    }

    public String getGivenNameKana() {
        return givenNameKana;
    }

    /** 山田 太郎: family name first, as Japanese names are written. */
    public String getFullName() {
        return familyName + " " + givenName;
    }

    public String getFullNameKana() {
        return familyNameKana + " " + givenNameKana;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEmail() {
        return email;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public Institution getInstitution() {
        return institution;
    }

    public boolean isDirectoryConsent() {
        return directoryConsent;
    }

    public List<Certification> getCertifications() {
        return Collections.unmodifiableList(certifications);
    }
}
