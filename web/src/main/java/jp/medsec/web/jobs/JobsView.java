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

    /** A step's name as the reader says it; a step without one in the bundle shows its id. */
    public String stepLabel(String step) {
        String label = messages.get("jobStep." + step);
        return label.startsWith("???") ? step : label;
    }

    public boolean isAttention() {
        return attention;
    }

    public void setAttention(boolean attention) {
        this.attention = attention;
    }

    public void start(String job) {
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
