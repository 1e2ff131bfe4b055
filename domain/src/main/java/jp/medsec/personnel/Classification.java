package jp.medsec.personnel;

import java.util.List;
import java.util.Map;

/**
 * Which groups a person qualifies for, and why: the highest eligible group (or null), eligibility per group, for each
 * eligible group what satisfied each column, for each ineligible group what is lacking (API.md "Self-check").
 */
public record Classification(Group group, Map<Group, Boolean> eligible, Map<Group, Paths> paths,
                             Map<Group, Map<String, List<String>>> missing) implements java.io.Serializable {

    /** What satisfied the medical-IS column and the security column. */
    public record Paths(List<String> medicalIs, List<String> security) implements java.io.Serializable {
    }
}
