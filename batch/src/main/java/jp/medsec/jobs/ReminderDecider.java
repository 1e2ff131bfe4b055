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
        String subject = "【MedSec Registry】" + name + "（" + c.getCertificateNumber() + "）の更新期限まで" + daysLeft + "日です";
        StringBuilder body = new StringBuilder()
                .append(c.getHolder().getFullName()).append(" 様\n\n")
                .append(name).append("（認定番号 ").append(c.getCertificateNumber()).append("）の現在の期間は ")
                .append(JapaneseDates.wareki(c.getValidUntil())).append("（").append(c.getValidUntil()).append("）に終わります。\n")
                .append("更新に必要なもののうち、次がまだ足りません。\n\n");
        if (t.missingPoints() > 0) {
            body.append("・ポイント：あと ").append(t.missingPoints()).append(" ポイント（取得 ").append(t.countedPoints())
                    .append(" / 必要 ").append(t.requiredPoints()).append("）\n");
        }
        if (t.seminarMissing()) {
            body.append("・生涯研修セミナー（またはそのe-Learning）の受講\n");
        }
        body.append("\n更新申請の期間：").append(t.renewalWindowStart()).append(" 〜 ").append(t.deadline())
                .append("（書類必着 ").append(t.papersDue()).append("）\n")
                .append("ポイントの状況は ").append(applicationUrl == null || applicationUrl.isBlank() ? "MedSec Registry"
                        : applicationUrl + "/holder/home.xhtml").append(" で確認できます。\n\n")
                .append("This is a reminder that your certification ").append(c.getCertificateNumber()).append(" ends on ")
                .append(c.getValidUntil()).append("; ").append(t.missingPoints()).append(" points")
                .append(t.seminarMissing() ? " and the lifelong-learning seminar are" : " are").append(" still missing.\n");
        return new OutboxMail("reminder:" + c.getId() + ":" + c.getValidUntil() + ":" + threshold, email, subject,
                body.toString());
    }
}
