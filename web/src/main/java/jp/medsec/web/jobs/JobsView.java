package jp.medsec.web.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.medsec.jobs.JobControl;
import jp.medsec.jobs.JobRun;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Batch jobs: start one now, watch executions progress (the page polls while one runs), stop, restart. */
@Named
@ViewScoped
public class JobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobControl jobs;

    @Inject
    private Messages messages;

    private List<JobRun> runs;
    private List<String> jobNames;
    private LocalDate today;
    private boolean attention;

    @PostConstruct
    void load() {
        jobNames = jobs.startable();
    }

    /** The latest runs, or with {@code ?attention=true} (the work queue's link) only those that want a person. */
    public void refresh() {
        runs = attention ? jobs.needingAttention() : jobs.recent(30);
    }

    /**
     * What a run did, in a sentence (e.g. "3 expired, 12 entered their renewal window"): each step that has a
     * result phrase in the bundle ({@code jobResult.<job>.<step>}, else {@code jobResult.<step>}) with its counts.
     */
    public String result(JobRun run) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (JobRun.StepRun step : run.steps()) {
            for (String key : new String[]{"jobResult." + run.job() + "." + step.step(), "jobResult." + step.step()}) {
                if (messages.has(key)) {
                    parts.add(messages.format(key, step.written(), step.read()));
                    break;
                }
            }
        }
        return String.join(messages.get("punct.listSep"), parts);
    }

    /** A step's name as the reader says it; a step without one in the bundle shows its id. */
    public String stepLabel(String step) {
        return messages.has("jobStep." + step) ? messages.get("jobStep." + step) : step;
    }

    /** The latest day a run by hand may be as of: today in Japan. */
    public LocalDate getLatestDay() {
        return jp.medsec.shared.JapaneseDates.today();
    }

    public boolean isAttention() {
        return attention;
    }

    public void setAttention(boolean attention) {
        this.attention = attention;
    }

    public void start(String job) {
        if (today != null && today.isAfter(jp.medsec.shared.JapaneseDates.today())) {
            // A run by hand may look back (to redo a day the calendar missed), never ahead: that would expire
            // certifications and send reminders before their time.
            FacesMessages.error(messages.format("jobs.futureDay", today.toString()));
            return;
        }
        try {
            long id = jobs.start(job, today, applicationUrl());
            FacesMessages.info(messages.format("jobs.started", messages.get("job." + job), id));
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
        refresh();
    }

    public void restart(JobRun run) {
        long id = jobs.restart(run.executionId());
        FacesMessages.info(messages.format("jobs.restarted", run.executionId(), id));
        refresh();
    }

    public void stop(JobRun run) {
        jobs.stop(run.executionId());
        FacesMessages.info(messages.format("jobs.stopping", run.executionId()));
        refresh();
    }

    private static String applicationUrl() {
        String configured = System.getenv("MEDSEC_PUBLIC_URL");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
    }

    public boolean isAnyRunning() {
        return runs.stream().anyMatch(JobRun::isRunning);
    }

    public List<String> getJobNames() {
        return jobNames;
    }

    public List<JobRun> getRuns() {
        if (runs == null) {
            refresh();
        }
        return runs;
    }

    public LocalDate getToday() {
        return today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }
}
