package jp.medsec.certification.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.medsec.certification.Certification;
import jp.medsec.certification.CertificationRule;
import jp.medsec.certification.CertificationRuleRepository;
import jp.medsec.certification.Holder;

import java.util.List;

/**
 * Builds the transcripts of a holder's certifications from the ledger: the renewal rule in force when the current
 * cycle began, the point categories (and caps) in force at its end, so that a category added during a cycle counts. Callers (role-checked services) decide whose transcripts may be asked for.
 */
@ApplicationScoped
public class TranscriptAssembler {

    @Inject
    private CertificationRuleRepository rules;

    @Inject
    private PointCategoryRepository categories;

    @Inject
    private PointLedger ledger;

    public List<CertificationTranscript> transcriptsOf(Holder holder) {
        List<EarnedPoints> earned = ledger.entriesOf(holder.getId()).stream().map(PointEntry::earned).toList();
        return holder.getCertifications().stream().map(c -> transcript(c, earned)).toList();
    }

    /**
     * The transcripts of many certifications (of many holders) in a few reads: the ledgers in one query, each rule and
     * category list once. For jobs that decide a page of certifications at a time.
     */
    public java.util.Map<Long, Transcript> transcriptsOf(java.util.Collection<Certification> certifications) {
        java.util.Map<Long, List<PointEntry>> ledgers = ledger.entriesOf(certifications.stream()
                .map(c -> c.getHolder().getId()).distinct().toList());
        java.util.Map<String, CertificationRule> ruleCache = new java.util.HashMap<>();
        java.util.Map<java.time.LocalDate, List<PointCategory>> categoryCache = new java.util.HashMap<>();
        java.util.Map<Long, Transcript> transcripts = new java.util.HashMap<>();
        for (Certification c : certifications) {
            CertificationRule rule = ruleCache.computeIfAbsent(c.getType() + "@" + c.getValidFrom(), k -> rules
                    .inForce(c.getType(), c.getValidFrom()).orElseThrow(() -> new IllegalStateException(
                            "No renewal rule for " + c.getType() + " on " + c.getValidFrom())));
            List<EarnedPoints> earned = ledgers.getOrDefault(c.getHolder().getId(), List.of()).stream()
                    .map(PointEntry::earned).toList();
            transcripts.put(c.getId(), TranscriptCalculator.calculate(rule, c.currentCycle(),
                    categoryCache.computeIfAbsent(c.getValidUntil(), categories::inForce), earned));
        }
        return transcripts;
    }

    private CertificationTranscript transcript(Certification certification, List<EarnedPoints> earned) {
        CertificationRule rule = rules.inForce(certification.getType(), certification.getValidFrom())
                .orElseThrow(() -> new IllegalStateException("No renewal rule for " + certification.getType()
                        + " on " + certification.getValidFrom()));
        Transcript transcript = TranscriptCalculator.calculate(rule, certification.currentCycle(),
                categories.inForce(certification.getValidUntil()), earned);
        return new CertificationTranscript(certification.getId(), certification.getType(),
                certification.getCertificateNumber(), certification.getStatus(), transcript);
    }
}
