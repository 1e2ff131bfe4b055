package jp.medsec.organisation;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;
import jp.medsec.organisation.SecurityRoleKind;
import jp.medsec.personnel.Group;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges the requirements the system can judge (the {@link Evaluator}s) from an institution's security organisation:
 * who holds which role, their computed Group A/B/C, how dedicated they are, which departments need Group C people.
 * Every verdict says why, naming the people, so that an auditor can check it; an auditor may still overrule it.
 */
public final class OrganisationEvaluator {

    /** A person in the organisation: their role, their stored group (null: none), 専任 or stricter, their department. */
    public record Person(String name, SecurityRoleKind role, Group group, boolean fullTime, String department) {
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }

        String describe() {
            return name + "（" + (group == null ? "Group なし" : "Group " + group) + "）";
        }
    }

    /** What the evaluation reads. {@code departments} are those needing Group C people. */
    public record Facts(boolean isDepartment, boolean securityCommittee, boolean groupAContract, List<Person> people,
                        List<String> departments) {
        public Facts {
            people = List.copyOf(people);
            departments = List.copyOf(departments);
        }

        List<Person> in(Set<SecurityRoleKind> roles) {
            return people.stream().filter(p -> roles.contains(p.role())).toList();
        }
    }

    private static final Set<SecurityRoleKind> CISO_AND_ASSISTANTS = Set.of(SecurityRoleKind.CISO, SecurityRoleKind.CISO_ASSISTANT);
    private static final Set<SecurityRoleKind> SAFETY = Set.of(SecurityRoleKind.SAFETY_MANAGER,
            SecurityRoleKind.SAFETY_MANAGER_ASSISTANT, SecurityRoleKind.CISO, SecurityRoleKind.CISO_ASSISTANT);

    private OrganisationEvaluator() {
    }

    public static Verdict evaluate(Evaluator evaluator, Facts f) {
        return switch (evaluator) {
            case IS_DEPARTMENT -> f.isDepartment()
                    ? met("医療情報システム管理部門が設置されています。", "An IS management department is set up.")
                    : notMet("医療情報システム管理部門が登録されていません。", "No IS management department is recorded.");
            case CISO_PLACED -> {
                List<Person> ciso = f.in(Set.of(SecurityRoleKind.CISO));
                yield ciso.isEmpty()
                        ? notMet("統括情報セキュリティ責任者が登録されていません。", "No CISO is recorded.")
                        : met("統括情報セキュリティ責任者: " + names(ciso), "CISO: " + names(ciso));
            }
            case ASSISTANT_AS_NEEDED -> {
                List<Person> assistants = f.in(Set.of(SecurityRoleKind.CISO_ASSISTANT));
                yield assistants.isEmpty()
                        ? new Verdict(AuditStatus.NOT_APPLICABLE, "補助者は登録されていません（必要に応じて配置する要件です。"
                        + "必要と判断する場合は評価を変更してください）。", "No assistant is recorded (required only where needed).")
                        : met("補助者: " + names(assistants), "Assistants: " + names(assistants));
            }
            case CISO_OR_ASSISTANT_FULL_TIME -> {
                List<Person> full = f.in(CISO_AND_ASSISTANTS).stream().filter(Person::fullTime).toList();
                yield full.isEmpty()
                        ? notMet("統括情報セキュリティ責任者・補助者に専任（または専従）で医療情報システム管理に従事する者がいません。",
                        "Neither the CISO nor an assistant works on HIS management as their main duty.")
                        : met("専任で従事: " + names(full), "Main duty: " + names(full));
            }
            case CISO_OR_ASSISTANT_GROUP_A -> atLeast(f.in(CISO_AND_ASSISTANTS), Group.A, "統括情報セキュリティ責任者または補助者",
                    "the CISO or an assistant", false);
            case CISO_OR_ASSISTANT_GROUP_B -> atLeast(f.in(CISO_AND_ASSISTANTS), Group.B, "統括情報セキュリティ責任者または補助者",
                    "the CISO or an assistant", f.groupAContract());
            case GROUP_C_IN_DEPARTMENTS -> departments(f);
            case SECURITY_COMMITTEE -> f.securityCommittee()
                    ? met("医療情報システムに関するセキュリティ委員会が設置されています。", "A security committee is set up.")
                    : notMet("セキュリティ委員会が登録されていません。", "No security committee is recorded.");
            case SAFETY_MANAGER_PLACED -> {
                List<Person> managers = f.in(Set.of(SecurityRoleKind.SAFETY_MANAGER, SecurityRoleKind.CISO));
                yield managers.isEmpty()
                        ? notMet("医療情報システム安全管理責任者が登録されていません。", "No safety manager is recorded.")
                        : met("医療情報システム安全管理責任者: " + names(managers), "Safety manager: " + names(managers));
            }
            case SAFETY_MANAGER_OR_ASSISTANT_GROUP_C -> atLeast(f.in(SAFETY), Group.C, "医療情報システム安全管理責任者または補助者",
                    "the safety manager or an assistant", false);
        };
    }

    private static Verdict atLeast(List<Person> people, Group needed, String whoJa, String whoEn, boolean contractAllowsC) {
        List<Person> qualified = people.stream().filter(p -> p.group() != null && p.group().compareTo(needed) <= 0).toList();
        if (!qualified.isEmpty()) {
            return met(whoJa + "が Group " + needed + " 以上です: " + describe(qualified),
                    whoEn + " qualifies as Group " + needed + " or higher: " + describe(qualified));
        }
        if (contractAllowsC) {
            List<Person> groupC = people.stream().filter(p -> p.group() != null).toList();
            if (!groupC.isEmpty()) {
                return met("「Group A 人材」との継続的な契約があり、" + whoJa + "が Group C 以上です: " + describe(groupC),
                        "A continuing contract with Group A personnel, and " + whoEn + " is Group C or higher: " + describe(groupC));
            }
        }
        if (people.isEmpty()) {
            return notMet(whoJa + "が登録されていません。", "Nobody is recorded as " + whoEn + ".");
        }
        return notMet(whoJa + "に Group " + needed + " 以上の者がいません: " + describe(people),
                "Nobody among " + whoEn + " qualifies as Group " + needed + ": " + describe(people));
    }

    private static Verdict departments(Facts f) {
        if (f.departments().isEmpty()) {
            return new Verdict(null, "部門システムや外部接続医療機器を管理する部門が登録されていないため判定できません。",
                    "No department running departmental systems or connected devices is recorded: cannot judge.");
        }
        List<String> covered = f.departments().stream().filter(d -> f.people().stream().anyMatch(p ->
                p.role() == SecurityRoleKind.DEPARTMENT_GROUP_C && d.equals(p.department()) && p.group() != null)).toList();
        List<String> uncovered = f.departments().stream().filter(d -> !covered.contains(d)).toList();
        if (uncovered.isEmpty()) {
            return met("全" + covered.size() + "部門に Group C 以上の人材が配置されています。",
                    "All " + covered.size() + " departments have Group C personnel or higher.");
        }
        String missing = String.join("、", uncovered);
        return new Verdict(covered.isEmpty() ? AuditStatus.NOT_MET : AuditStatus.PARTIAL,
                "Group C 人材が配置されていない部門: " + missing, "Departments without Group C personnel: " + String.join(", ", uncovered));
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::name).collect(Collectors.joining("、"));
    }

    private static String describe(List<Person> people) {
        return people.stream().map(Person::describe).collect(Collectors.joining("、"));
    }

    private static Verdict met(String ja, String en) {
        return new Verdict(AuditStatus.MET, ja, en);
    }

    private static Verdict notMet(String ja, String en) {
        return new Verdict(AuditStatus.NOT_MET, ja, en);
    }
}
