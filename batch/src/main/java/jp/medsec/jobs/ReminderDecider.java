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
import jp.medsec.certification.points.CertificationTranscript;
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

    @Override
    public Object processItem(Object id) {
        LocalDate day = JobDays.today(today);
        Certification c = em.find(Certification.class, id);
        long daysLeft = ChronoUnit.DAYS.between(day, c.getValidUntil());
        Integer threshold = THRESHOLDS.stream().filter(t -> daysLeft <= t).findFirst().orElse(null);
        if (threshold == null || daysLeft < 0) {
            return null;
        }
        Transcript t = transcripts.transcriptsOf(c.getHolder()).stream()
                .filter(ct -> ct.certificationId() == c.getId()).map(CertificationTranscript::transcript)
                .findFirst().orElseThrow();
        if (t.meetsRequirements()) {
            return null;
        }
        String email = c.getHolder().getEmail();
        if (email == null || email.isBlank()) {
            LOG.warning(() -> "No e-mail address for holder " + c.getHolder().getId() + ": no reminder for "
                    + c.getCertificateNumber());
            return null;
        }
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
        return new OutboxMail("reminder:" + c.getId() + ":" + c.getValidUntil() + ":" + threshold, email, subject, body);
    }
}
