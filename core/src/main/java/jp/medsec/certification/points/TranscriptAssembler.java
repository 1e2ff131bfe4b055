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
