package jp.medsec.personnel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every exemption and recommendation of seed 002 section 3, as API.md states them. */
class CurriculumPlannerTest {

    private static final List<String> CONTINUING = List.of("CONT-A", "CONT-B", "CONT-C");

    @Test
    void groupASeniorHitIsExemptFromEightToFifteen() {
        Curriculum c = CurriculumPlanner.plan(Group.A, Set.of(Qualification.SENIOR_HIT, Qualification.HIT));
        assertEquals(Modules.A_SECURITY, c.required());
        assertEquals(Modules.A_HIS, c.exempt());
        assertEquals(List.of(), c.recommended());
        assertEquals(CONTINUING, c.continuing());
    }

    @Test
    void groupASupportSpecialistIsExemptFromOneToSeven() {
        Curriculum c = CurriculumPlanner.plan(Group.A, Set.of(Qualification.IPA_RISS));
        assertEquals(Modules.A_HIS, c.required());
        assertEquals(Modules.A_SECURITY, c.exempt());
        Curriculum both = CurriculumPlanner.plan(Group.A, Set.of(Qualification.IPA_RISS, Qualification.SENIOR_HIT));
        assertEquals(List.of(), both.required());
        assertEquals(15, both.exempt().size());
        assertEquals(15, CurriculumPlanner.plan(Group.A, Set.of(Qualification.HIT)).required().size(), "HIT exempts nothing in A");
    }

    @Test
    void groupBExemptions() {
        assertEquals(Modules.B_HIS, CurriculumPlanner.plan(Group.B, Set.of(Qualification.HIT)).exempt());
        assertEquals(Modules.B_HIS, CurriculumPlanner.plan(Group.B, Set.of(Qualification.SENIOR_HIT)).exempt());
        assertEquals(Modules.B_SECURITY, CurriculumPlanner.plan(Group.B, Set.of(Qualification.IPA_SG)).exempt());
        assertEquals(Modules.B_SECURITY, CurriculumPlanner.plan(Group.B, Set.of(Qualification.IPA_RISS)).exempt());
        assertEquals(15, CurriculumPlanner.plan(Group.B, Set.of(Qualification.IPA_AP)).required().size(),
                "applied IT engineers are not exempted by the seed");
    }

    @Test
    void groupCAlwaysTakesTheMandatoryProgrammeOnly() {
        Curriculum c = CurriculumPlanner.plan(Group.C, Set.of(Qualification.SENIOR_HIT, Qualification.IPA_RISS));
        assertEquals(Modules.C_MANDATORY, c.required());
        assertEquals(List.of(), c.exempt());
    }

    @Test
    void groupCRecommendations() {
        for (Qualification covering : List.of(Qualification.LICENSE_RADIOLOGICAL_TECHNOLOGIST, Qualification.LICENSE_CLINICAL_ENGINEER,
                Qualification.LICENSE_CLINICAL_LAB_TECHNOLOGIST, Qualification.HIM, Qualification.HIT_BASIC)) {
            assertEquals(List.of(), CurriculumPlanner.plan(Group.C, Set.of(covering)).recommended(), covering.name());
        }
        assertEquals(Modules.C_OPTIONAL_1, CurriculumPlanner.plan(Group.C, Set.of(Qualification.IPA_IP)).recommended());
        assertEquals(Modules.C_OPTIONAL_1, CurriculumPlanner.plan(Group.C, Set.of(Qualification.IPA_AP)).recommended());
        assertEquals(Modules.C_OPTIONAL_2, CurriculumPlanner.plan(Group.C, Set.of(Qualification.LICENSE_NURSE)).recommended());
        List<String> both = new java.util.ArrayList<>(Modules.C_OPTIONAL_1);
        both.addAll(Modules.C_OPTIONAL_2);
        assertEquals(both, CurriculumPlanner.plan(Group.C, Set.of()).recommended(), "none of these: both");
        assertEquals(both, CurriculumPlanner.plan(Group.C, Set.of(Qualification.IPA_IP, Qualification.LICENSE_PHYSICIAN))
                .recommended(), "several apply: the union");
        assertEquals(List.of(), CurriculumPlanner.plan(Group.C, Set.of(Qualification.IPA_IP, Qualification.HIM)).recommended(),
                "the first rule wins");
    }
}
