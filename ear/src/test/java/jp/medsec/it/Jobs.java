package jp.medsec.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Starting batch jobs through the API, as an operator's tool does, and waiting for them to end. */
public final class Jobs {

    public static final String STAFF = WebClient.basic("staff", "medsec-staff");

    private Jobs() {
    }

    public static long start(String job) throws Exception {
        HttpResponse<String> response = new WebClient().send("POST", "/api/v1/jobs/" + job, "application/json", null, "Authorization", STAFF);
        assertEquals(202, response.statusCode(), response.body());
        return WebClient.json(response).getJsonNumber("executionId").longValue();
    }

    public static long restart(long executionId) throws Exception {
        HttpResponse<String> response = new WebClient().send("POST", "/api/v1/jobs/executions/" + executionId + "/restart",
                "application/json", null, "Authorization", STAFF);
        assertEquals(202, response.statusCode(), response.body());
        return WebClient.json(response).getJsonNumber("executionId").longValue();
    }

    /** Waits for the execution to end and answers its final state. */
    public static JsonObject awaitEnd(long executionId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        WebClient client = new WebClient();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.get("/api/v1/jobs/executions/" + executionId, "Authorization", STAFF);
            assertEquals(200, response.statusCode(), "execution " + executionId + ": " + response.body());
            JsonObject run = WebClient.json(response);
            String status = run.getString("batchStatus");
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("execution " + executionId + " did not end in 3 minutes");
    }
}
