package jp.medsec.web.jobs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.medsec.account.Role;
import jp.medsec.jobs.JobControl;
import jp.medsec.jobs.JobRun;
import jp.medsec.web.api.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Batch jobs for operators' tools: start one, follow an execution, restart a failed one. */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STAFF_NAME)
public class JobResource {

    @Inject
    private JobControl jobs;

    @POST
    @Path("{job}")
    public Response start(@PathParam("job") String job, @QueryParam("today") String today,
                          @QueryParam("fiscalYear") String fiscalYear, @QueryParam("chunkSize") String chunkSize) {
        List<String> startable = jobs.startable();
        if (!startable.contains(job)) {
            throw ApiException.notFound("There is no job " + job + "; jobs are " + startable + ".");
        }
        LocalDate day = null;
        if (today != null && !today.isBlank()) {
            try {
                day = LocalDate.parse(today.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badParameter("today", "must be a date (yyyy-MM-dd)");
            }
        }
        Map<String, String> more = new java.util.HashMap<>();
        if (fiscalYear != null && !fiscalYear.isBlank()) {
            more.put("fiscalYear", Integer.toString(number("fiscalYear", fiscalYear, 2000, 2100)));
        }
        if (chunkSize != null && !chunkSize.isBlank()) {
            more.put("chunkSize", Integer.toString(number("chunkSize", chunkSize, 1, 1000)));
        }
        long id = jobs.start(job, day, null, more);
        return Response.accepted(Map.of("executionId", id, "job", job)).build();
    }

    @GET
    @Path("executions")
    public List<JobRun> recent() {
        return jobs.recent(50);
    }

    @GET
    @Path("executions/{id}")
    public JobRun execution(@PathParam("id") String id) {
        return jobs.execution(executionId(id)).orElseThrow(() -> ApiException.notFound("There is no job execution " + id + "."));
    }

    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") String id) {
        JobRun run = execution(id);
        if (!run.isRestartable()) {
            throw new ApiException(Response.Status.CONFLICT, "not_restartable", run.superseded()
                    ? "Execution " + id + " was restarted already; restart its latest execution."
                    : "Execution " + id + " is " + run.batchStatus() + "; only FAILED or STOPPED executions can be restarted.",
                    List.of());
        }
        return Response.accepted(Map.of("executionId", jobs.restart(run.executionId()), "job", run.job())).build();
    }

    private static int number(String parameter, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badParameter(parameter, "must be a whole number from " + min + " to " + max);
    }

    /** Asks a running execution to stop after its current chunk; restart it later from its checkpoint. */
    @POST
    @Path("executions/{id}/stop")
    public Response stop(@PathParam("id") String id) {
        JobRun run = execution(id);
        if (!run.batchStatus().equals("STARTED") && !run.batchStatus().equals("STARTING")) {
            throw new ApiException(Response.Status.CONFLICT, "not_running", "Execution " + id + " is "
                    + run.batchStatus() + "; only a running execution can be stopped.", List.of());
        }
        jobs.stop(run.executionId());
        return Response.accepted(Map.of("executionId", run.executionId(), "job", run.job())).build();
    }

    private static long executionId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "must be a number");
        }
    }
}
