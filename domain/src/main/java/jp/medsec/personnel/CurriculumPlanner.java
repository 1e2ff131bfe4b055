package jp.medsec.personnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Exemptions and recommendations of seed 002 section 3 (API.md "curriculum"). A: Senior HIT exempt from 8–15,
 * 支援士 from 1–7. B: HIT or Senior HIT exempt from 8–15, 情報セキュリティマネジメント or 支援士 from 1–7.
 * C: the mandatory programme always; optional ① and ② recommended by qualification.
 */
public final class CurriculumPlanner {

    private CurriculumPlanner() {
    }

    public static Curriculum plan(Group group, Set<Qualification> held) {
        PersonnelFacts facts = new PersonnelFacts(held, null, null, false, null, false, true);
        TreeSet<String> required = new TreeSet<>();
        TreeSet<String> exempt = new TreeSet<>();
        TreeSet<String> recommended = new TreeSet<>();
        switch (group) {
            case A -> {
                split(Modules.A_HIS, facts.holds(Qualification.SENIOR_HIT), required, exempt);
                split(Modules.A_SECURITY, facts.holds(Qualification.IPA_RISS), required, exempt);
            }
            case B -> {
                split(Modules.B_HIS, facts.holds(Qualification.HIT), required, exempt);
                split(Modules.B_SECURITY, facts.holds(Qualification.IPA_SG) || facts.holds(Qualification.IPA_RISS),
                        required, exempt);
            }
            case C -> {
                required.addAll(Modules.C_MANDATORY);
                recommended.addAll(recommendedForC(facts));
            }
        }
        return new Curriculum(group, List.copyOf(required), List.copyOf(exempt), List.copyOf(recommended),
                Modules.CONTINUING);
    }

    private static void split(List<String> modules, boolean exempted, Set<String> required, Set<String> exempt) {
        (exempted ? exempt : required).addAll(modules);
    }

    /**
     * A licence whose exam covers security, HIM or HIT_BASIC: nothing (this rule wins). Otherwise the union of: an IPA
     * level of 1 or more → optional ①; another national licence → optional ②; none of these → both.
     */
    static List<String> recommendedForC(PersonnelFacts facts) {
        boolean coversSecurity = facts.qualifications().stream().anyMatch(Qualification.LICENCES_COVERING_SECURITY::contains)
                || facts.holds(Qualification.HIM) || facts.holds(Qualification.HIT_BASIC);
        if (coversSecurity) {
            return List.of();
        }
        List<String> recommended = new ArrayList<>();
        boolean ipa = facts.highestIpaLevel() >= 1;
        boolean otherLicence = facts.holdsNationalLicence();
        if (ipa) {
            recommended.addAll(Modules.C_OPTIONAL_1);
        }
        if (otherLicence) {
            recommended.addAll(Modules.C_OPTIONAL_2);
        }
        if (!ipa && !otherLicence) {
            recommended.addAll(Modules.C_OPTIONAL_1);
            recommended.addAll(Modules.C_OPTIONAL_2);
        }
        return recommended;
    }
}
