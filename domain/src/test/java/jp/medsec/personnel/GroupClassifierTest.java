package jp.medsec.personnel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each alternative ①–⑤ of each group, both columns, monotonicity and the guideline (seed 002 section 2, API.md). */
class GroupClassifierTest {

    /** A builder of facts, nothing held by default, the guideline understood. */
    static final class Person {
        final Set<Qualification> qualifications = new HashSet<>();
        final Map<ManagementMode, Double> years = new java.util.EnumMap<>(ManagementMode.class);
        HisIntroduction introduction;
        boolean practice;
        final Set<String> modules = new HashSet<>();
        boolean onsite;
        boolean guideline = true;

        Person with(Qualification... q) {
            qualifications.addAll(List.of(q));
            return this;
        }

        Person years(ManagementMode mode, double y) {
            years.put(mode, y);
            return this;
        }

        Person introduction(HisIntroduction i) {
            introduction = i;
            return this;
        }

        Person practice() {
            practice = true;
            return this;
        }

        Person modules(List<String> m) {
            modules.addAll(m);
            return this;
        }

        Person onsite() {
            onsite = true;
            return this;
        }

        Person guidelineNotUnderstood() {
            guideline = false;
            return this;
        }

        Classification classify() {
            return GroupClassifier.classify(new PersonnelFacts(qualifications, years, introduction, practice, modules, onsite,
                    guideline));
        }
    }

    static Person person() {
        return new Person();
    }

    // ------------------------------------------------------------------ Group A

    @Test
    void seniorHitAndSupportSpecialistAreGroupA() {
        Classification c = person().with(Qualification.SENIOR_HIT, Qualification.IPA_RISS).classify();
        assertEquals(Group.A, c.group());
        assertEquals(List.of("SENIOR_HIT"), c.paths().get(Group.A).medicalIs());
        assertEquals(List.of("IPA_RISS"), c.paths().get(Group.A).security());
        assertEquals(Map.of(Group.A, true, Group.B, true, Group.C, true), c.eligible());
    }

    @Test
    void groupAMedicalColumnByTwoOfItsAlternatives() {
        Person security = person().modules(Modules.A_SECURITY);
        // ① HIT counts for A; ② 5 years 専従; ③ led; ④ A's HIS education; ⑤ on-site training
        assertEquals(List.of("ALT-1", "ALT-2"), medicalA(person().modules(Modules.A_SECURITY).with(Qualification.HIT)
                .years(ManagementMode.SENJU, 5)));
        assertEquals(List.of("ALT-1", "ALT-3"), medicalA(person().modules(Modules.A_SECURITY).with(Qualification.HIM)
                .introduction(HisIntroduction.LED)));
        assertEquals(List.of("ALT-1", "ALT-4"), medicalA(person().modules(Modules.A_SECURITY)
                .with(Qualification.LICENSE_NURSE).modules(Modules.A_HIS)));
        assertEquals(List.of("ALT-3", "ALT-5"), medicalA(person().modules(Modules.A_SECURITY)
                .introduction(HisIntroduction.LED).onsite()));
        // one alternative is not enough; 専任 years do not count as 専従; taking part is not leading
        assertTrue(security.with(Qualification.HIT).classify().missing().get(Group.A).containsKey("medicalIs"));
        assertFalse(person().modules(Modules.A_SECURITY).years(ManagementMode.SENNIN, 10).onsite().classify().eligible()
                .get(Group.A));
        assertFalse(person().modules(Modules.A_SECURITY).introduction(HisIntroduction.PARTICIPATED).onsite().classify()
                .eligible().get(Group.A));
        assertFalse(person().modules(Modules.A_SECURITY).years(ManagementMode.SENJU, 4.9).onsite().classify().eligible()
                .get(Group.A));
    }

    private static List<String> medicalA(Person p) {
        Classification c = p.classify();
        assertEquals(Group.A, c.group(), c.toString());
        return c.paths().get(Group.A).medicalIs();
    }

    @Test
    void groupASecurityByTheSpecialistOrItsSecurityEducation() {
        assertEquals(List.of("A-NEW-01…07"), person().with(Qualification.SENIOR_HIT).modules(Modules.A_SECURITY).classify()
                .paths().get(Group.A).security());
        Classification withoutSecurity = person().with(Qualification.SENIOR_HIT, Qualification.IPA_AP).classify();
        assertEquals(Group.B, withoutSecurity.group(), "IPA_AP is level 3: enough for B, not A");
        assertEquals(List.of("IPA_RISS or A-NEW-01…07"), withoutSecurity.missing().get(Group.A).get("security"));
    }

    // ------------------------------------------------------------------ Group B

    @Test
    void groupBByHitAndSecurityManagement() {
        Classification c = person().with(Qualification.HIT, Qualification.IPA_SG).years(ManagementMode.SENNIN, 4)
                .introduction(HisIntroduction.LED).modules(List.of("B-NEW-08", "B-NEW-09")).classify();
        assertEquals(Group.B, c.group());
        assertEquals(List.of("HIT"), c.paths().get(Group.B).medicalIs());
        assertEquals(List.of("IPA_SG"), c.paths().get(Group.B).security());
        assertEquals(List.of("HIT"), c.paths().get(Group.C).medicalIs());
        assertEquals(List.of("C-MANDATORY"), c.paths().get(Group.C).security(), "met through B's security column");
        assertEquals(List.of("IPA_RISS or A-NEW-01…07"), c.missing().get(Group.A).get("security"));
    }

    @Test
    void groupBMedicalColumnByTwoOfItsAlternatives() {
        assertEquals(List.of("ALT-1", "ALT-2"), medicalB(person().with(Qualification.LICENSE_PHARMACIST)
                .years(ManagementMode.SENNIN, 3)));
        assertEquals(List.of("ALT-2", "ALT-3"), medicalB(person().years(ManagementMode.SENJU, 1).years(ManagementMode.SENNIN, 2)
                .introduction(HisIntroduction.LED)), "専従 years count as 専任");
        assertEquals(List.of("ALT-4", "ALT-5"), medicalB(person().modules(Modules.B_HIS).onsite()));
        assertEquals(List.of("ALT-1", "ALT-5"), medicalB(person().with(Qualification.HIM).onsite()));
        // HIT is not ① for B (it satisfies the column directly instead)
        assertEquals(List.of("HIT"), medicalB(person().with(Qualification.HIT)));
        assertFalse(person().modules(Modules.B_SECURITY).years(ManagementMode.OTHER, 10).onsite().classify().eligible()
                .get(Group.B), "other-mode years do not count for B's ②");
    }

    private static List<String> medicalB(Person p) {
        Classification c = p.modules(Modules.B_SECURITY).classify();
        assertTrue(c.eligible().get(Group.B), c.toString());
        return c.paths().get(Group.B).medicalIs();
    }

    @Test
    void groupBSecurityByAnIpaLevelOfTwoOrItsEducation() {
        assertEquals(List.of("IPA_AP"), person().with(Qualification.HIT, Qualification.IPA_AP).classify().paths()
                .get(Group.B).security());
        assertEquals(List.of("B-NEW-01…07"), person().with(Qualification.HIT).modules(Modules.B_SECURITY).classify().paths()
                .get(Group.B).security());
        assertFalse(person().with(Qualification.HIT, Qualification.IPA_IP).classify().eligible().get(Group.B),
                "IT Passport is level 1");
    }

    // ------------------------------------------------------------------ Group C

    @Test
    void groupCMedicalColumnByOneAlternative() {
        assertEquals(List.of("ALT-1"), medicalC(person().with(Qualification.LICENSE_NURSE).practice()));
        assertEquals(List.of("ALT-2"), medicalC(person().years(ManagementMode.OTHER, 1)));
        assertEquals(List.of("ALT-3"), medicalC(person().introduction(HisIntroduction.PARTICIPATED)));
        assertEquals(List.of("ALT-4"), medicalC(person().modules(Modules.C_OPTIONAL_1)));
        assertEquals(List.of("ALT-5"), medicalC(person().onsite()));
        assertEquals(List.of("HIT_BASIC"), medicalC(person().with(Qualification.HIT_BASIC)));
        assertFalse(person().with(Qualification.LICENSE_NURSE).modules(Modules.C_MANDATORY).classify().eligible().get(Group.C),
                "① for C needs practical HIS experience with the licence");
        assertFalse(person().years(ManagementMode.OTHER, 0.5).modules(Modules.C_MANDATORY).classify().eligible().get(Group.C));
    }

    private static List<String> medicalC(Person p) {
        Classification c = p.modules(Modules.C_MANDATORY).classify();
        assertEquals(Group.C, c.group(), c.toString());
        return c.paths().get(Group.C).medicalIs();
    }

    @Test
    void itPassportDoesNotSatisfyGroupCSecurity() {
        Classification c = person().with(Qualification.HIT, Qualification.IPA_IP).classify();
        assertNull(c.group());
        assertEquals(List.of("C-MANDATORY-1…3"), c.missing().get(Group.C).get("security"));
        assertEquals(List.of("C-MANDATORY"), person().with(Qualification.HIT).modules(Modules.C_MANDATORY).classify()
                .paths().get(Group.C).security());
    }

    // ------------------------------------------------------------------ across groups

    @Test
    void aColumnMetForAHigherGroupIsMetForTheLowerOnes() {
        // A's medical column by ④ (A's HIS education) and ⑤ only: B and C meet theirs through A's.
        Classification c = person().modules(Modules.A_HIS).onsite().modules(Modules.A_SECURITY).classify();
        assertEquals(Group.A, c.group());
        assertEquals(List.of("ALT-4", "ALT-5"), c.paths().get(Group.A).medicalIs());
        assertTrue(c.eligible().get(Group.B));
        assertTrue(c.eligible().get(Group.C));
        assertEquals(List.of("B-NEW-01…07"), c.paths().get(Group.B).security());
        assertEquals(List.of("C-MANDATORY"), c.paths().get(Group.C).security());
    }

    @ParameterizedTest
    @EnumSource(Group.class)
    void withoutTheGuidelineNoGroupAtAll(Group group) {
        Classification c = person().with(Qualification.SENIOR_HIT, Qualification.IPA_RISS).guidelineNotUnderstood().classify();
        assertNull(c.group());
        assertFalse(c.eligible().get(group));
        assertTrue(c.paths().isEmpty());
        assertEquals(List.of(GroupClassifier.GUIDELINE), c.missing().get(group).get("guideline"));
        assertFalse(c.missing().get(group).containsKey("medicalIs"), "the columns themselves are met");
    }

    @Test
    void nothingAtAllIsNoGroup() {
        Classification c = person().classify();
        assertNull(c.group());
        assertEquals(Set.of(Group.A, Group.B, Group.C), c.missing().keySet());
    }
}
