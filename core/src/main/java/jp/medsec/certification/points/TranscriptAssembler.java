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
        Lookups lookups = new Lookups();
        return holder.getCertifications().stream().map(c -> new CertificationTranscript(c.getId(), c.getType(),
                c.getCertificateNumber(), c.getStatus(), transcript(c, earned, lookups))).toList();
    }

    /**
     * The transcripts of many certifications (of many holders) in a few reads: the ledgers in one query, each rule and
     * category list once. For jobs that decide a page of certifications at a time.
     */
    public java.util.Map<Long, Transcript> transcriptsOf(java.util.Collection<Certification> certifications) {
        java.util.Map<Long, List<PointEntry>> ledgers = ledger.entriesOf(certifications.stream()
                .map(c -> c.getHolder().getId()).distinct().toList());
        Lookups lookups = new Lookups();
        java.util.Map<Long, Transcript> transcripts = new java.util.HashMap<>();
        for (Certification c : certifications) {
            List<EarnedPoints> earned = ledgers.getOrDefault(c.getHolder().getId(), List.of()).stream()
                    .map(PointEntry::earned).toList();
            transcripts.put(c.getId(), transcript(c, earned, lookups));
        }
        return transcripts;
    }

    /**
     * The renewal rule in force when the current cycle began and the categories in force at its end, each read once
     * however many certifications ask for it.
     */
    private final class Lookups {
        private final java.util.Map<String, CertificationRule> rulesByTypeAndDay = new java.util.HashMap<>();
        private final java.util.Map<java.time.LocalDate, List<PointCategory>> categoriesByDay = new java.util.HashMap<>();

        CertificationRule rule(Certification c) {
            return rulesByTypeAndDay.computeIfAbsent(c.getType() + "@" + c.getValidFrom(), k -> rules
                    .inForce(c.getType(), c.getValidFrom()).orElseThrow(() -> new IllegalStateException(
                            "No renewal rule for " + c.getType() + " on " + c.getValidFrom())));
        }

        List<PointCategory> categories(Certification c) {
            return categoriesByDay.computeIfAbsent(c.getValidUntil(), categories::inForce);
        }
    }

    private static Transcript transcript(Certification certification, List<EarnedPoints> earned, Lookups lookups) {
        return TranscriptCalculator.calculate(lookups.rule(certification), certification.currentCycle(),
                lookups.categories(certification), earned);
    }
}
