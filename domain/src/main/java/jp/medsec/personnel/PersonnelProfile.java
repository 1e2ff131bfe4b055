package jp.medsec.personnel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's security-personnel profile (セキュリティ人材プロフィール): the qualifications they declare, years of HIS
 * management by mode, role in an HIS introduction, practical experience, on-site training, understanding of the MHLW
 * guideline; and the group last computed from these together with the registry's certifications and the modules
 * completed. The registry's own certifications are never declared here: they count only while current.
 */
@Entity
@Table(name = "personnel_profile")
@Audited
public class PersonnelProfile implements java.io.Serializable {

    /** Qualifications the registry itself knows; a person cannot declare them. */
    public static final Set<Qualification> FROM_REGISTRY = EnumSet.of(Qualification.HIT, Qualification.SENIOR_HIT,
            Qualification.MIIS);

    @Id
    @Column(name = "holder_id")
    private Long holderId;

    @Version
    private Integer version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "personnel_qualification", joinColumns = @JoinColumn(name = "holder_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "qualification", nullable = false)
    private Set<Qualification> declared = new HashSet<>();

    @Column(name = "senju_years", nullable = false)
    private double senjuYears;

    @Column(name = "sennin_years", nullable = false)
    private double senninYears;

    @Column(name = "other_years", nullable = false)
    private double otherYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "his_introduction")
    private HisIntroduction introduction;

    @Column(name = "practical_experience", nullable = false)
    private boolean practicalExperience;

    @Column(name = "onsite_training", nullable = false)
    private boolean onsiteTraining;

    @Column(name = "guideline_understood", nullable = false)
    private boolean guidelineUnderstood;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_group")
    private Group computedGroup;

    @Column(name = "computed_at")
    private Instant computedAt;

    protected PersonnelProfile() {
    }

    public PersonnelProfile(long holderId) {
        this.holderId = holderId;
    }

    /** Replaces what the person states about themselves; the registry's certifications cannot be declared. */
    public void state(Set<Qualification> qualifications, Map<ManagementMode, Double> years, HisIntroduction introduction,
                      boolean practicalExperience, boolean onsiteTraining, boolean guidelineUnderstood) {
        Set<Qualification> claimed = EnumSet.noneOf(Qualification.class);
        claimed.addAll(Objects.requireNonNullElse(qualifications, Set.of()));
        if (claimed.stream().anyMatch(FROM_REGISTRY::contains)) {
            throw new IllegalArgumentException("HIT, Senior HIT and MIIS come from the registry and cannot be declared");
        }
        double senju = years.getOrDefault(ManagementMode.SENJU, 0.0);
        double sennin = years.getOrDefault(ManagementMode.SENNIN, 0.0);
        double other = years.getOrDefault(ManagementMode.OTHER, 0.0);
        for (double y : new double[]{senju, sennin, other}) {
            if (y < 0 || y > 70 || Double.isNaN(y)) {
                throw new IllegalArgumentException("Years of HIS management must be 0 to 70, was " + y);
            }
        }
        declared.clear();
        declared.addAll(claimed);
        this.senjuYears = senju;
        this.senninYears = sennin;
        this.otherYears = other;
        this.introduction = introduction;
        this.practicalExperience = practicalExperience;
        this.onsiteTraining = onsiteTraining;
        this.guidelineUnderstood = guidelineUnderstood;
    }

    /** The facts the classification reads: declared qualifications plus the registry's current ones, and modules. */
    public PersonnelFacts facts(Set<Qualification> fromRegistry, Set<String> completedModules) {
        return facts(fromRegistry, completedModules, false);
    }

    /**
     * The facts, with an on-site training recorded as completed by a LEADING hospital counting as ⑤ whatever the
     * person declared.
     */
    public PersonnelFacts facts(Set<Qualification> fromRegistry, Set<String> completedModules, boolean onsiteRecorded) {
        Set<Qualification> all = EnumSet.noneOf(Qualification.class);
        all.addAll(declared);
        all.addAll(fromRegistry);
        return new PersonnelFacts(all, Map.of(ManagementMode.SENJU, senjuYears, ManagementMode.SENNIN, senninYears,
                ManagementMode.OTHER, otherYears), introduction, practicalExperience, completedModules,
                onsiteTraining || onsiteRecorded, guidelineUnderstood);
    }

    /** Records the group just computed; answers whether it changed. */
    public boolean regroup(Group group, Instant now) {
        boolean changed = computedGroup != group;
        computedGroup = group;
        computedAt = now;
        return changed;
    }

    public Long getHolderId() {
        return holderId;
    }

    public Set<Qualification> getDeclared() {
        return Set.copyOf(declared);
    }

    public double getSenjuYears() {
        return senjuYears;
    }

    public double getSenninYears() {
        return senninYears;
    }

    public double getOtherYears() {
        return otherYears;
    }

    public HisIntroduction getIntroduction() {
        return introduction;
    }

    public boolean isPracticalExperience() {
        return practicalExperience;
    }

    public boolean isOnsiteTraining() {
        return onsiteTraining;
    }

    public boolean isGuidelineUnderstood() {
        return guidelineUnderstood;
    }

    public Group getComputedGroup() {
        return computedGroup;
    }

    public Instant getComputedAt() {
        return computedAt;
    }
}
