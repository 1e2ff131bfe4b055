package jp.medsec.jobs;

import jp.medsec.batch.JobStarts;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.Properties;
import java.util.logging.Logger;

/**
 * The daily calendar (Japan time): statuses at 02:00, reminders at 03:00 (after the statuses are right); and every 10
 * minutes the outbox's leftovers. The timers are persistent: in the cluster build (WildFly's ejb-dist-cache) they are
 * distributed, so each fires on one node of the cluster, never on two. Turned off with MEDSEC_SCHEDULE=false.
 */
@Singleton
@Startup
public class BatchCalendar {

    private static final Logger LOG = Logger.getLogger(BatchCalendar.class.getName());

    @Schedule(hour = "2", minute = "0", timezone = "Asia/Tokyo", persistent = true, info = "certification-expiry")
    void statuses() {
        startIfEnabled("certification-expiry");
    }

    @Schedule(hour = "3", minute = "0", timezone = "Asia/Tokyo", persistent = true, info = "renewal-reminders")
    void reminders() {
        startIfEnabled("renewal-reminders");
    }

    @Schedule(hour = "3", minute = "30", timezone = "Asia/Tokyo", persistent = true, info = "peer-check-reminders")
    void peerCheckReminders() {
        startIfEnabled("peer-check-reminders");
    }

    /** Reminders of the continuing topics (CONT-A/B/C) of Group A/B/C personnel as they fall due. */
    @Schedule(hour = "4", minute = "0", timezone = "Asia/Tokyo", persistent = true, info = "continuing-course-reminders")
    void continuingCourseReminders() {
        startIfEnabled("continuing-course-reminders");
    }

    /** The one reminder of each advisory to the institutions that have not acknowledged it after its days. */
    @Schedule(hour = "4", minute = "30", timezone = "Asia/Tokyo", persistent = true, info = "advisory-reminders")
    void advisoryReminders() {
        startIfEnabled("advisory-reminders");
    }

    /** The current fiscal year's training compliance, as of today (API.md): every day, so the figures stay fresh. */
    @Schedule(hour = "1", minute = "30", timezone = "Asia/Tokyo", persistent = true, info = "training-compliance")
    void trainingCompliance() {
        startIfEnabled("training-compliance");
    }

    @jakarta.inject.Inject
    private jp.medsec.notification.Outbox outbox;

    /** Mail the send job could not send when it was queued (mail server down, a crash): every 10 minutes, if any. */
    @Schedule(hour = "*", minute = "*/10", persistent = true, info = "mail-send")
    void sweepOutbox() {
        long unsent = outbox.unsent();
        LOG.info(() -> "Calendar: outbox sweep on node " + JobStarts.node() + ", " + unsent + " mails waiting");
        if (unsent > 0) {
            startIfEnabled(jp.medsec.notification.Outbox.SEND_JOB);
        }
    }

    /**
     * Training records loaded in bulk (the demo data): their years' compliance figures now, as the calendar computes
     * them, rather than at 01:30. Started from here since this bean's thread knows the application's batch jobs.
     */
    public void trainingRecordsLoaded(@jakarta.enterprise.event.Observes jp.medsec.jobs.TrainingRecordsLoaded loaded) {
        for (int fiscalYear : loaded.fiscalYears()) {
            Properties parameters = new Properties();
            parameters.setProperty("fiscalYear", String.valueOf(fiscalYear));
            long id = JobStarts.start("training-compliance", parameters);
            LOG.info(() -> "training-compliance for FY" + fiscalYear + " started as execution " + id
                    + " (training records loaded)");
        }
    }

    private static void startIfEnabled(String job) {
        if ("false".equalsIgnoreCase(System.getenv("MEDSEC_SCHEDULE"))) {
            return;
        }
        Properties parameters = new Properties();
        String url = System.getenv("MEDSEC_PUBLIC_URL");
        if (url != null && !url.isBlank()) {
            parameters.setProperty("applicationUrl", url);
        }
        long id = JobStarts.start(job, parameters);
        LOG.info(() -> "Scheduled " + job + " started as execution " + id);
    }
}
