package jp.medsec.training.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.jobs.OutboxMail;
import jp.medsec.notification.MailTemplates;
import jp.medsec.training.ComplianceRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the figures' mail of one institution in this run: to each confirmed CISO (統括情報セキュリティ責任者) of the
 * institution with an address, its in-scope, trained, rate and missing counts and a link to its training page. The
 * dedup key (run, institution, recipient) makes it one mail per run and fiscal year, whatever restarts happen; an
 * institution with nobody on its roster gets none.
 */
@Named
@Dependent
public class ComplianceMailDecider implements ItemProcessor {

    @Inject
    @BatchProperty
    private String applicationUrl;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CisoRecipients cisos;

    @Override
    public Object processItem(Object id) {
        Object[] figures = (Object[]) em.createNativeQuery("SELECT t.run_id, t.institution_id, i.name, t.fiscal_year, "
                        + "t.as_of, t.in_scope, t.trained FROM training_compliance t JOIN institution i ON i.id = t.institution_id "
                        + "WHERE t.id = ?").setParameter(1, id).getSingleResult();
        long inScope = ((Number) figures[5]).longValue();
        if (inScope == 0) {
            return null;
        }
        long trained = ((Number) figures[6]).longValue();
        BigDecimal rate = ComplianceRule.rate(trained, inScope);
        String percent = rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        String link = applicationUrl == null || applicationUrl.isBlank() ? "MedSec Registry"
                : applicationUrl.strip() + "/institution/training.xhtml";
        List<OutboxMail> mails = new ArrayList<>();
        String fiscalYear = String.valueOf(figures[3]);
        String subject = MailTemplates.text("trainingCompliance.subject", fiscalYear, (String) figures[2], percent);
        for (CisoRecipients.Recipient ciso : cisos.of(((Number) figures[1]).longValue())) {
            String body = MailTemplates.text("trainingCompliance.body", ciso.name(), (String) figures[2],
                    fiscalYear, String.valueOf(figures[4]), String.valueOf(inScope), String.valueOf(trained), percent,
                    String.valueOf(inScope - trained), link);
            mails.add(new OutboxMail("training-compliance:" + figures[0] + ":" + figures[1] + ":" + ciso.holderId(),
                    ciso.email(), subject, body));
        }
        return mails.isEmpty() ? null : mails;
    }
}
