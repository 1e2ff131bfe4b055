package jp.medsec.advisory.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.advisory.Advisory;
import jp.medsec.institution.Institution;
import jp.medsec.jobs.OutboxMail;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.notification.MailLinks;
import jp.medsec.notification.MailTemplates;

import java.util.ArrayList;
import java.util.List;

/**
 * The mail of one advisory to one institution's CISOs: at publication ({@code kind=notify}) or as the one reminder to
 * an institution that has not acknowledged it ({@code kind=remind}). The dedup key (advisory, kind, institution,
 * recipient) makes each one mail, whatever reruns and restarts happen.
 */
@Named
@Dependent
public class AdvisoryMailDecider implements ItemProcessor {

    @Inject
    @BatchProperty
    private String kind;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CisoRecipients cisos;

    @Override
    public Object processItem(Object item) {
        long[] pair = (long[]) item;
        Advisory advisory = em.find(Advisory.class, pair[0]);
        Institution institution = em.find(Institution.class, pair[1]);
        if (advisory == null || institution == null) {
            return null;
        }
        boolean reminder = "remind".equals(kind);
        String template = reminder ? "advisoryReminder" : "advisory";
        String severity = MailTemplates.text("advisory.severity." + advisory.getSeverity().name());
        List<OutboxMail> mails = new ArrayList<>();
        for (CisoRecipients.Recipient ciso : cisos.of(institution.getId())) {
            MailTemplates.Mail mail = MailTemplates.render(template, severity, advisory.getTitleJa(), ciso.name(),
                    institution.getName(), advisory.getTextJa(),
                    advisory.getAffectedProducts() == null ? "—" : advisory.getAffectedProducts(),
                    advisory.getLink() == null ? "—" : advisory.getLink(),
                    MailLinks.to("/institution/advisories.xhtml"), advisory.getTitleEn(),
                    String.valueOf(advisory.getRemindAfterDays()));
            mails.add(new OutboxMail("advisory:" + advisory.getId() + ":" + (reminder ? "remind" : "notify") + ":"
                    + institution.getId() + ":" + ciso.holderId(), ciso.email(), mail.subject(), mail.body()));
        }
        em.clear();
        return mails.isEmpty() ? null : mails;
    }
}
