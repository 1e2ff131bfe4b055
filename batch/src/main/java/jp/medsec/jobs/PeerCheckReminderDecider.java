package jp.medsec.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.institution.Institution;
import jp.medsec.notification.CisoRecipients;
import jp.medsec.notification.MailTemplates;
import jp.medsec.peercheck.CheckStep;
import jp.medsec.peercheck.PeerCheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a check's reminder: the step whose date falls within the next {@value #DAYS_AHEAD} days (steps are at least
 * 14 days apart, so there is at most one), mailed to the CISOs of the hospitals the step concerns whose placement is
 * confirmed and who have an address. One mail per check, step, date and recipient.
 */
@Named
@Dependent
public class PeerCheckReminderDecider implements ItemProcessor {

    static final int DAYS_AHEAD = 7;

    /** Which side a step concerns: the checking hospital, the checked one, or both. */
    private static final Map<CheckStep, Set<String>> SIDES = Map.of(
            CheckStep.DOCUMENT_REQUEST, Set.of("checker", "checked"),
            CheckStep.DOCUMENTS_DUE, Set.of("checked"),
            CheckStep.SITE_VISIT, Set.of("checker", "checked"),
            CheckStep.REPORT_DUE, Set.of("checker"),
            CheckStep.REMEDIATION_DUE, Set.of("checked"),
            CheckStep.RECHECK, Set.of("checker", "checked"));

    @Inject
    @BatchProperty
    private String today;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private CisoRecipients cisos;

    @Override
    public Object processItem(Object id) {
        LocalDate day = JobDays.today(today);
        PeerCheck check = em.find(PeerCheck.class, id);
        LocalDate visit = check.getVisitOn();
        CheckStep due = null;
        for (CheckStep step : CheckStep.values()) {
            LocalDate date = step.dateFor(visit);
            if (!date.isBefore(day) && !date.isAfter(day.plusDays(DAYS_AHEAD))) {
                due = step;
                break;
            }
        }
        if (due == null) {
            return null;
        }
        LocalDate date = due.dateFor(visit);
        List<OutboxMail> mails = new ArrayList<>();
        for (String side : SIDES.get(due)) {
            Institution institution = side.equals("checker") ? check.getChecker() : check.getChecked();
            for (CisoRecipients.Recipient ciso : cisos.of(institution.getId())) {
                String body = MailTemplates.text("peerCheckReminder.body", ciso.name(),
                        MailTemplates.text("peerCheckReminder.step." + due.name()), date, check.getChecker().getName(),
                        check.getChecked().getName(), visit, String.valueOf(check.getFiscalYear()),
                        MailTemplates.text("peerCheckReminder.kind." + check.getKind().name()));
                String subject = MailTemplates.text("peerCheckReminder.subject",
                        MailTemplates.text("peerCheckReminder.kind." + check.getKind().name()),
                        MailTemplates.text("peerCheckReminder.step." + due.name()), date,
                        side.equals("checker") ? check.getChecked().getName() : check.getChecker().getName());
                mails.add(new OutboxMail("peer-check:" + check.getId() + ":" + due + ":" + date + ":" + ciso.holderId(),
                        ciso.email(), subject, body));
            }
        }
        return mails.isEmpty() ? null : mails;
    }
}
