package jp.medsec.personnel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classification engine: each column of each group evaluated from the person's facts, then the rule that a
 * column satisfied for a higher group satisfies it for every lower group, then the MHLW guideline, which every group
 * needs. Paths name what satisfied a column: a qualification, ALT-1…ALT-5, or an education module set; a lower group's
 * security column met only through a higher group's is named by its own education set.
 */
public final class GroupClassifier {

    static final String GUIDELINE = "understanding of the MHLW guideline on the safety management of medical information systems";

    private GroupClassifier() {
    }

    public static Classification classify(PersonnelFacts facts) {
        Map<Group, List<String>> medical = new EnumMap<>(Group.class);
        Map<Group, List<String>> security = new EnumMap<>(Group.class);
        Map<Group, List<String>> alternativesMet = new EnumMap<>(Group.class);
        List<String> higherMedical = List.of();
        boolean higherSecurity = false;
        for (GroupCriteria criteria : GroupCriteria.ALL) {
            List<String> alternatives = alternatives(criteria, facts);
            alternativesMet.put(criteria.group(), alternatives);
            List<String> ownMedical = ownMedical(criteria, facts, alternatives);
            List<String> ownSecurity = ownSecurity(criteria, facts);
            List<String> m = !ownMedical.isEmpty() ? ownMedical : higherMedical;
            List<String> s = !ownSecurity.isEmpty() ? ownSecurity
                    : higherSecurity ? List.of(criteria.securityEducationName()) : List.of();
            medical.put(criteria.group(), m);
            security.put(criteria.group(), s);
            higherMedical = m;
            higherSecurity = !s.isEmpty();
        }

        Map<Group, Boolean> eligible = new EnumMap<>(Group.class);
        Map<Group, Classification.Paths> paths = new LinkedHashMap<>();
        Map<Group, Map<String, List<String>>> missing = new LinkedHashMap<>();
        Group highest = null;
        for (GroupCriteria criteria : GroupCriteria.ALL) {
            Group group = criteria.group();
            boolean ok = facts.guidelineUnderstood() && !medical.get(group).isEmpty() && !security.get(group).isEmpty();
            eligible.put(group, ok);
            if (ok) {
                paths.put(group, new Classification.Paths(medical.get(group), security.get(group)));
                if (highest == null) {
                    highest = group;
                }
            } else {
                Map<String, List<String>> lacking = new LinkedHashMap<>();
                if (medical.get(group).isEmpty()) {
                    List<String> words = new ArrayList<>(List.of(criteria.medicalMissing()));
                    if (!alternativesMet.get(group).isEmpty()) {
                        words.add("met so far: " + String.join(", ", alternativesMet.get(group)));
                    }
                    lacking.put("medicalIs", words);
                }
                if (security.get(group).isEmpty()) {
                    lacking.put("security", List.of(criteria.securityMissing()));
                }
                if (!facts.guidelineUnderstood()) {
                    lacking.put("guideline", List.of(GUIDELINE));
                }
                missing.put(group, lacking);
            }
        }
        return new Classification(highest, eligible, paths, missing);
    }

    private static List<String> ownMedical(GroupCriteria criteria, PersonnelFacts facts, List<String> alternatives) {
        List<String> direct = criteria.directMedical().stream().filter(facts::holds).map(Enum::name).toList();
        if (!direct.isEmpty()) {
            return direct;
        }
        return alternatives.size() >= criteria.alternativesNeeded() ? alternatives : List.of();
    }

    /** The alternatives ①–⑤ this person meets for this group, as ALT-1…ALT-5. */
    static List<String> alternatives(GroupCriteria criteria, PersonnelFacts facts) {
        List<String> met = new ArrayList<>();
        boolean licence = facts.holdsNationalLicence() || facts.holds(Qualification.HIM)
                || (criteria.licenceAcceptsHit() && facts.holds(Qualification.HIT));
        if (licence && (!criteria.licenceNeedsPractice() || facts.practicalExperience())) {
            met.add("ALT-1");
        }
        if (facts.yearsAtLeast(criteria.yearsMode()) >= criteria.minimumYears()) {
            met.add("ALT-2");
        }
        if (criteria.introductionMustLead() ? facts.led() : facts.participated()) {
            met.add("ALT-3");
        }
        if (facts.completedAll(criteria.hisEducation())) {
            met.add("ALT-4");
        }
        if (facts.onsiteTraining()) {
            met.add("ALT-5");
        }
        return met;
    }

    private static List<String> ownSecurity(GroupCriteria criteria, PersonnelFacts facts) {
        List<String> met = new ArrayList<>();
        if (criteria.minimumIpaLevel() > 0) {
            facts.qualifications().stream()
                    .filter(q -> q.ipaLevel().map(level -> level >= criteria.minimumIpaLevel()).orElse(false))
                    .sorted()
                    .forEach(q -> met.add(q.name()));
        }
        if (facts.completedAll(criteria.securityEducation())) {
            met.add(criteria.securityEducationName());
        }
        return met;
    }
}
