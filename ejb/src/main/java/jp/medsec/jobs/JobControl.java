package jp.medsec.jobs;

import jp.medsec.batch.JobStarts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jp.medsec.account.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Staff start, follow, stop and restart the batch jobs (the schedule starts them too, see {@link BatchCalendar}). */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class JobControl {

    @jakarta.inject.Inject
    private JobRecords records;

    /**
     * The jobs staff may start by hand, in the order the page lists them, where the deployment has them: demo-data
     * comes with the demo jar only, which the production EAR leaves out.
     */
    private static final List<String> JOBS = List.of("certification-expiry", "renewal-reminders",
            "peer-check-reminders", "continuing-course-reminders", "advisory-reminders", "training-compliance",
            "mail-send", "demo-data");
    /** The jobs whose runs the page lists: those above, and the imports that uploads start (restartable here too). */
    public static final List<String> LISTED = List.of("certification-expiry", "renewal-reminders",
            "peer-check-reminders", "continuing-course-reminders", "advisory-reminders", "advisory-notify",
            "training-compliance", "mail-send", "demo-data", "csv-import");

    /** The jobs staff may start here: those of {@link #JOBS} whose job XML this deployment holds. */
    public List<String> startable() {
        return JOBS.stream().filter(JobControl::isDeployed).filter(job -> !"demo-data".equals(job) || demoDataOn()).toList();
    }

    /** The demo-data job is offered only where the server runs with demo data ({@code medsec.demo-data=true}). */
    private static boolean demoDataOn() {
        String setting = System.getProperty("medsec.demo-data", System.getenv("MEDSEC_DEMO_DATA"));
        return "true".equalsIgnoreCase(setting);
    }

    /** Where JBeret finds a job of an EAR's library or module: {@code META-INF/batch-jobs/<job>.xml}. */
    private static boolean isDeployed(String job) {
        return JobControl.class.getClassLoader().getResource("META-INF/batch-jobs/" + job + ".xml") != null;
    }

    public long start(String job, LocalDate today, String applicationUrl) {
        return start(job, today, applicationUrl, java.util.Map.of());
    }

    /**
     * As {@link #start(String, LocalDate, String)}, with the job's own parameters (e.g. training-compliance's
     * {@code fiscalYear}, and {@code chunkSize}, how many institutions one transaction computes).
     */
    public long start(String job, LocalDate today, String applicationUrl, java.util.Map<String, String> more) {
        if (!startable().contains(job)) {
            throw new jp.medsec.shared.NotFound("There is no job " + job);
        }
        Properties parameters = new Properties();
        if (today != null) {
            parameters.setProperty("today", today.toString());
        }
        if (applicationUrl != null) {
            parameters.setProperty("applicationUrl", applicationUrl);
        }
        if (more != null) {
            more.forEach(parameters::setProperty);
        }
        return JobStarts.start(job, parameters);
    }

    public long restart(long executionId) {
        return JobStarts.restart(executionId);
    }

    public void stop(long executionId) {
        BatchRuntime.getJobOperator().stop(executionId);
    }

    public Optional<JobRun> execution(long executionId) {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            long latest = latestOf(operator.getJobExecutions(operator.getJobInstance(executionId)));
            return Optional.of(withRecoveries(List.of(run(operator.getJobExecution(executionId), latest)))
                    .get(0));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** The latest executions of every job, newest first. */
    public List<JobRun> recent(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        for (String job : LISTED) {
            try {
                for (JobInstance instance : operator.getJobInstances(job, 0, limit)) {
                    List<JobExecution> executions = operator.getJobExecutions(instance);
                    long latest = latestOf(executions);
                    for (JobExecution execution : executions) {
                        runs.add(run(execution, latest));
                    }
                }
            } catch (NoSuchJobException e) {
                // never run yet
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return withRecoveries(runs.size() > limit ? runs.subList(0, limit) : runs);
    }

    /** How long a run may go before the jobs page and the work queue call it stuck. */
    public static final java.time.Duration STUCK_AFTER = java.time.Duration.ofHours(6);

    /** The runs that want a person: the newest run of a job failed or was stopped, or a run is stuck. */
    public List<JobRun> needingAttention() {
        List<JobRun> runs = new ArrayList<>();
        for (long id : records.needingAttention(LISTED, java.time.Instant.now().minus(STUCK_AFTER))) {
            execution(id).ifPresent(runs::add);
        }
        return runs;
    }

    /** How many runs want a person (the work queue's count of {@link #needingAttention()}). */
    public int attentionCount() {
        return records.needingAttention(LISTED, java.time.Instant.now().minus(STUCK_AFTER)).size();
    }

    /** The runs, each with what crash recovery did to it or started it as, if anything. */
    private List<JobRun> withRecoveries(List<JobRun> runs) {
        Map<Long, JobRecords.Recovery> recoveries = records.recoveries(runs.stream().map(JobRun::executionId).toList());
        return runs.stream().map(r -> recoveries.containsKey(r.executionId())
                ? r.withRecovery(recoveries.get(r.executionId())) : r).toList();
    }

    /** The newest execution of a job instance: the only one a restart may start from. */
    private static long latestOf(List<JobExecution> executions) {
        return executions.stream().mapToLong(JobExecution::getExecutionId).max().orElse(Long.MIN_VALUE);
    }

    private static JobRun run(JobExecution execution, long latestOfInstance) {
        List<JobRun.StepRun> steps = new ArrayList<>();
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId())) {
            Map<Metric.MetricType, Long> metrics = new java.util.EnumMap<>(Metric.MetricType.class);
            if (step.getMetrics() != null) {
                for (Metric metric : step.getMetrics()) {
                    metrics.put(metric.getType(), metric.getValue());
                }
            }
            steps.add(new JobRun.StepRun(step.getStepName(), String.valueOf(step.getBatchStatus()),
                    metrics.getOrDefault(Metric.MetricType.READ_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L),
                    metrics.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L)));
        }
        return new JobRun(execution.getExecutionId(), execution.getJobName(), String.valueOf(execution.getBatchStatus()),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()), steps,
                execution.getExecutionId() < latestOfInstance, null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
