package jp.medsec.personnel;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a person's Group A/B/C depends on: current qualifications, years of HIS management by mode, role in an HIS
 * introduction, practical HIS experience, completed course modules, on-site training, and understanding of the MHLW
 * guideline. {@code SENIOR_HIT} implies {@code HIT}.
 */
public record PersonnelFacts(Set<Qualification> qualifications, Map<ManagementMode, Double> managementYears,
                             HisIntroduction introduction, boolean practicalExperience, Set<String> completedModules,
                             boolean onsiteTraining, boolean guidelineUnderstood) {

    public PersonnelFacts {
        EnumSet<Qualification> held = EnumSet.noneOf(Qualification.class);
        held.addAll(Objects.requireNonNullElse(qualifications, Set.of()));
        if (held.contains(Qualification.SENIOR_HIT)) {
            held.add(Qualification.HIT);
        }
        qualifications = Set.copyOf(held);
        EnumMap<ManagementMode, Double> years = new EnumMap<>(ManagementMode.class);
        for (ManagementMode mode : ManagementMode.values()) {
            double value = Objects.requireNonNullElse(managementYears, Map.<ManagementMode, Double>of()).getOrDefault(mode, 0.0);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Years of HIS management (" + mode + ") must be 0 or more, was " + value);
            }
            years.put(mode, value);
        }
        managementYears = Map.copyOf(years);
        completedModules = Set.copyOf(new TreeSet<>(Objects.requireNonNullElse(completedModules, Set.of())));
    }

    public boolean holds(Qualification q) {
        return qualifications.contains(q);
    }

    /** Years in this mode or a stricter one: 専従 counts as 専任, and both count as any. */
    public double yearsAtLeast(ManagementMode mode) {
        return switch (mode) {
            case SENJU -> managementYears.get(ManagementMode.SENJU);
            case SENNIN -> managementYears.get(ManagementMode.SENJU) + managementYears.get(ManagementMode.SENNIN);
            case OTHER -> managementYears.values().stream().mapToDouble(Double::doubleValue).sum();
        };
    }

    public boolean led() {
        return introduction == HisIntroduction.LED;
    }

    public boolean participated() {
        return introduction != null;
    }

    public boolean completedAll(java.util.Collection<String> modules) {
        return completedModules.containsAll(modules);
    }

    public boolean holdsNationalLicence() {
        return qualifications.stream().anyMatch(Qualification::isNationalLicence);
    }

    public int highestIpaLevel() {
        return qualifications.stream().map(Qualification::ipaLevel).flatMap(java.util.Optional::stream)
                .max(Integer::compare).orElse(0);
    }
}
