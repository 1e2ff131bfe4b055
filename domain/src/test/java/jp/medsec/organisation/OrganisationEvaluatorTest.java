package jp.medsec.organisation;

import jp.medsec.compliance.AuditStatus;
import jp.medsec.compliance.Verdict;
import jp.medsec.organisation.SecurityRoleKind;
import jp.medsec.personnel.Group;
import org.junit.jupiter.api.Test;

import java.util.List;

import static jp.medsec.organisation.OrganisationEvaluator.Facts;
import static jp.medsec.organisation.OrganisationEvaluator.Person;
import static jp.medsec.organisation.OrganisationEvaluator.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrganisationEvaluatorTest {

    private static Facts facts(List<Person> people, List<String> departments, boolean contract) {
        return new Facts(true, true, contract, people, departments);
    }

    private static Person ciso(Group group, boolean fullTime) {
        return new Person("山田 太郎", SecurityRoleKind.CISO, group, fullTime, null);
    }

    private static Person assistant(Group group, boolean fullTime) {
        return new Person("佐藤 花子", SecurityRoleKind.CISO_ASSISTANT, group, fullTime, null);
    }

    @Test
    void groupAIsMetByTheCisoOrAnAssistantAndNamesThem() {
        Verdict byAssistant = evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_A,
                facts(List.of(ciso(Group.B, true), assistant(Group.A, false)), List.of(), false));
        assertEquals(AuditStatus.MET, byAssistant.status());
        assertTrue(byAssistant.reasonJa().contains("佐藤 花子（Group A）"), byAssistant.reasonJa());
        Verdict none = evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_A,
                facts(List.of(ciso(Group.B, true)), List.of(), false));
        assertEquals(AuditStatus.NOT_MET, none.status());
        assertTrue(none.reasonJa().contains("山田 太郎（Group B）"), none.reasonJa());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_A,
                facts(List.of(), List.of(), false)).status());
    }

    @Test
    void groupBAcceptsHigherGroupsAndGroupCUnderAContinuingGroupAContract() {
        assertEquals(AuditStatus.MET, evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_B,
                facts(List.of(ciso(Group.A, false)), List.of(), false)).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_B,
                facts(List.of(ciso(Group.C, false)), List.of(), false)).status());
        assertEquals(AuditStatus.MET, evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_B,
                facts(List.of(ciso(Group.C, false)), List.of(), true)).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.CISO_OR_ASSISTANT_GROUP_B,
                facts(List.of(ciso(null, false)), List.of(), true)).status(), "a contract does not make Group C of nobody");
    }

    @Test
    void fullTimeMeansSenninOrSenjuOfTheCisoOrAnAssistant() {
        assertEquals(AuditStatus.MET, evaluate(Evaluator.CISO_OR_ASSISTANT_FULL_TIME,
                facts(List.of(ciso(Group.A, false), assistant(null, true)), List.of(), false)).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.CISO_OR_ASSISTANT_FULL_TIME,
                facts(List.of(ciso(Group.A, false)), List.of(), false)).status());
    }

    @Test
    void everyDepartmentNeedsAGroupCPerson() {
        Person radiology = new Person("鈴木 一郎", SecurityRoleKind.DEPARTMENT_GROUP_C, Group.C, false, "放射線部");
        Person lab = new Person("高橋 次郎", SecurityRoleKind.DEPARTMENT_GROUP_C, null, false, "検査部");
        assertEquals(AuditStatus.MET, evaluate(Evaluator.GROUP_C_IN_DEPARTMENTS,
                facts(List.of(radiology), List.of("放射線部"), false)).status());
        Verdict partial = evaluate(Evaluator.GROUP_C_IN_DEPARTMENTS,
                facts(List.of(radiology, lab), List.of("放射線部", "検査部"), false));
        assertEquals(AuditStatus.PARTIAL, partial.status());
        assertTrue(partial.reasonJa().contains("検査部"), "a person without a group does not count: " + partial.reasonJa());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.GROUP_C_IN_DEPARTMENTS,
                facts(List.of(lab), List.of("検査部"), false)).status());
        assertNull(evaluate(Evaluator.GROUP_C_IN_DEPARTMENTS, facts(List.of(), List.of(), false)).status(),
                "no departments recorded: the system cannot judge");
    }

    @Test
    void standingFactsAndPlacements() {
        Facts bare = new Facts(false, false, false, List.of(), List.of());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.IS_DEPARTMENT, bare).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.SECURITY_COMMITTEE, bare).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.CISO_PLACED, bare).status());
        assertEquals(AuditStatus.NOT_APPLICABLE, evaluate(Evaluator.ASSISTANT_AS_NEEDED, bare).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.SAFETY_MANAGER_PLACED, bare).status());
        Facts set = facts(List.of(ciso(Group.C, false)), List.of(), false);
        assertEquals(AuditStatus.MET, evaluate(Evaluator.IS_DEPARTMENT, set).status());
        assertEquals(AuditStatus.MET, evaluate(Evaluator.SECURITY_COMMITTEE, set).status());
        assertEquals(AuditStatus.MET, evaluate(Evaluator.SAFETY_MANAGER_PLACED, set).status(), "the CISO may be the safety manager");
        assertEquals(AuditStatus.MET, evaluate(Evaluator.SAFETY_MANAGER_OR_ASSISTANT_GROUP_C, set).status());
        assertEquals(AuditStatus.NOT_MET, evaluate(Evaluator.SAFETY_MANAGER_OR_ASSISTANT_GROUP_C,
                facts(List.of(new Person("伊藤 三郎", SecurityRoleKind.SAFETY_MANAGER, null, false, null)), List.of(), false)).status());
    }
}
