package jp.medsec.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.compliance.RequirementEvaluator;
import jp.medsec.compliance.Verdict;
import jp.medsec.organisation.Evaluator;
import jp.medsec.organisation.OrganisationEvaluator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requirements judged from the institution's security organisation and its people's Group A/B/C. The audit engine
 * asks only once the caller may reach the audit, so the facts are read without a second check of the caller.
 */
@ApplicationScoped
public class OrganisationRequirements implements RequirementEvaluator {

    private static final Set<String> CODES = Arrays.stream(Evaluator.values()).map(Enum::name).collect(Collectors.toSet());

    @Inject
    private OrganisationFacts organisation;

    @Override
    public Set<String> codes() {
        return CODES;
    }

    @Override
    public Map<String, Verdict> evaluate(long institutionId, Set<String> codes, LocalDate day) {
        OrganisationEvaluator.Facts facts = organisation.of(institutionId);
        Map<String, Verdict> verdicts = new HashMap<>();
        for (String code : codes) {
            if (CODES.contains(code)) {
                verdicts.put(code, OrganisationEvaluator.evaluate(Evaluator.valueOf(code), facts));
            }
        }
        return verdicts;
    }
}
