package jp.medsec.personnel;

import java.util.List;

/**
 * The requirements of one group, as seed 002 section 2 states them: the qualifications that satisfy the medical-IS
 * column directly, how many of the alternatives ①–⑤ otherwise, and what each alternative asks of this group; the
 * security column's IPA level or education. Three rows of data for one evaluator ({@link GroupClassifier}).
 *
 * @param licenceAcceptsHit     ① also accepts HIT (Group A)
 * @param licenceNeedsPractice  ① also needs practical HIS experience (Group C)
 * @param yearsMode             ② the mode of HIS management counted
 * @param minimumYears          ② how many years
 * @param introductionMustLead  ③ led (A, B) rather than took part (C)
 * @param minimumIpaLevel       security: the lowest IPA level that satisfies it, or 0 if none does
 */
record GroupCriteria(Group group, List<Qualification> directMedical, int alternativesNeeded, boolean licenceAcceptsHit,
                     boolean licenceNeedsPractice, ManagementMode yearsMode, double minimumYears,
                     boolean introductionMustLead, List<String> hisEducation, int minimumIpaLevel,
                     List<String> securityEducation, String securityEducationName, String medicalMissing,
                     String securityMissing) {

    static final List<GroupCriteria> ALL = List.of(
            new GroupCriteria(Group.A, List.of(Qualification.SENIOR_HIT), 2, true, false, ManagementMode.SENJU, 5, true,
                    Modules.A_HIS, 4, Modules.A_SECURITY, "A-NEW-01…07",
                    "SENIOR_HIT or 2 of ①–⑤", "IPA_RISS or A-NEW-01…07"),
            new GroupCriteria(Group.B, List.of(Qualification.HIT), 2, false, false, ManagementMode.SENNIN, 3, true,
                    Modules.B_HIS, 2, Modules.B_SECURITY, "B-NEW-01…07",
                    "HIT or 2 of ①–⑤", "IPA_SG (IPA level 2 or higher) or B-NEW-01…07"),
            new GroupCriteria(Group.C, List.of(Qualification.HIT_BASIC, Qualification.HIT), 1, false, true,
                    ManagementMode.OTHER, 1, false, Modules.C_OPTIONAL_1, 0, Modules.C_MANDATORY, "C-MANDATORY",
                    "HIT_BASIC or HIT, or 1 of ①–⑤", "C-MANDATORY-1…3"));
}
