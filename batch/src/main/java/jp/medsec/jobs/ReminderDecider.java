package jp.medsec.jobs;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.medsec.certification.Certification;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.points.Transcript;
import jp.medsec.certification.points.TranscriptAssembler;
import jp.medsec.notification.MailTemplates;
import jp.medsec.shared.JapaneseDates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Decides whether a certification gets a renewal reminder: its cycle ends within 180, 90 or 30 days and its transcript
 * lacks points or the seminar. The mail names exactly what is missing and by when; its key (certification, cycle end,
 * threshold) makes it one mail per threshold and cycle.
 */
@Named
@Dependent
public class ReminderDecider implements ItemProcessor {

    static final List<Integer> THRESHOLDS = List.of(30, 90, 180);
    private static final Logger LOG = Logger.getLogger(ReminderDecider.class.getName());
    private static final Map<CertificationType, String> NAMES = Map.of(CertificationType.HIT, "医療情報技師",
            CertificationType.SENIOR_HIT, "上級医療情報技師", CertificationType.MIIS, "医用画像情報専門技師");

    @Inject
    @BatchProperty
    private String today;

    @Inject
    @BatchProperty
    private String applicationUrl;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private TranscriptAssembler transcripts;

    /**
     * Decides a page of certifications (a {@code List<Long>} of ids, see {@link IdPageReader}): the certifications
     * with their holders in one read, the transcripts of all of them from one read of the ledgers.
     */
    @Override
    public Object processItem(Object page) {
        LocalDate day = JobDays.today(today);
        @SuppressWarnings("unchecked")
        List<Long> ids = (List<Long>) page;
        List<Certification> due = em.createQuery("select c from Certification c join fetch c.holder where c.id in :ids "
                        + "order by c.id", Certification.class).setParameter("ids", ids).getResultList().stream()
                .filter(c -> threshold(day, c) != null).toList();
        Map<Long, Transcript> transcriptsById = transcripts.transcriptsOf(due);
        List<OutboxMail> mails = new java.util.ArrayList<>();
        for (Certification c : due) {
            Transcript t = transcriptsById.get(c.getId());
            if (!t.meetsRequirements()) {
                mail(day, c, t).ifPresent(mails::add);
            }
        }
        // The page's certifications, holders and ledgers are read only: let them go, or every outbox INSERT of the
        // writer would flush-check thousands of entities (measured: 30 s instead of 2 s at national size).
        em.clear();
        return mails.isEmpty() ? null : mails;
    }

    /** The reminder threshold (180, 90, 30 days) the certification's cycle end has reached, or null. */
    private static Integer threshold(LocalDate day, Certification c) {
        long daysLeft = ChronoUnit.DAYS.between(day, c.getValidUntil());
        return daysLeft < 0 ? null : THRESHOLDS.stream().filter(t -> daysLeft <= t).findFirst().orElse(null);
    }

    private java.util.Optional<OutboxMail> mail(LocalDate day, Certification c, Transcript t) {
        String email = c.getHolder().getEmail();
        if (email == null || email.isBlank()) {
            LOG.warning(() -> "No e-mail address for holder " + c.getHolder().getId() + ": no reminder for "
                    + c.getCertificateNumber());
            return java.util.Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(day, c.getValidUntil());
        String name = NAMES.get(c.getType());
        String missing = (t.missingPoints() > 0 ? MailTemplates.text("renewalReminder.points", t.missingPoints(),
                t.countedPoints(), t.requiredPoints()) : "")
                + (t.seminarMissing() ? MailTemplates.text("renewalReminder.seminar") : "");
        String body = MailTemplates.text("renewalReminder.body", c.getHolder().getFullName(), name,
                c.getCertificateNumber(), JapaneseDates.wareki(c.getValidUntil()), c.getValidUntil(), missing,
                t.renewalWindowStart(), t.deadline(), t.papersDue(),
                applicationUrl == null || applicationUrl.isBlank() ? "MedSec Registry" : applicationUrl + "/holder/home.xhtml",
                MailTemplates.text(t.seminarMissing() ? "renewalReminder.missingWithSeminar" : "renewalReminder.missing",
                        t.missingPoints()));
        String subject = MailTemplates.text("renewalReminder.subject", name, c.getCertificateNumber(), daysLeft);
        return java.util.Optional.of(new OutboxMail("reminder:" + c.getId() + ":" + c.getValidUntil() + ":"
                + threshold(day, c), email, subject, body));
    }
}
