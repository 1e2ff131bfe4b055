package jp.medsec.personnel;

import java.util.List;
import java.util.Set;

/**
 * A person's security-personnel standing: their profile (null until they fill it in), the registry's current
 * certifications that count, the modules completed, the classification and the curriculum of their group.
 */
public record PersonnelOverview(long holderId, String name, PersonnelProfile profile, Set<Qualification> fromRegistry,
                                Set<String> completedModules, Classification classification, Curriculum curriculum) implements java.io.Serializable {

    /** Required modules of the group not completed yet. */
    public List<String> outstanding() {
        return curriculum.required().stream().filter(m -> !completedModules.contains(m)).toList();
    }

    public boolean curriculumComplete() {
        return classification.group() != null && outstanding().isEmpty();
    }
}
