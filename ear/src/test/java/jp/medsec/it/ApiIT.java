package jp.medsec.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's contract: JSON answers, the API.md error body for every refusal, 4xx (never 500) for bad requests. */
class ApiIT {

    private static final String STAFF = WebClient.basic("staff", "medsec-staff");


    @Test
    void badSearchParametersAre400NamingTheParameter() throws Exception {
        String[][] cases = {{"size=0", "size"}, {"size=201", "size"}, {"size=ten", "size"}, {"page=-1", "page"},
                {"type=FOO", "type"}, {"status=LOST", "status"}, {"prefecture=48", "prefecture"}, {"prefecture=x", "prefecture"},
                {"sort=AGE", "sort"}, {"order=up", "order"}, {"q=" + "a".repeat(101), "q"}};
        for (String[] c : cases) {
            HttpResponse<String> response = new WebClient().get("/api/v1/holders?" + c[0], "Authorization", STAFF);
            assertEquals(400, response.statusCode(), c[0]);
            JsonObject body = WebClient.json(response);
            assertEquals("invalid_parameter", body.getString("error"), c[0]);
            assertTrue(body.getString("message").contains(c[1]), c[0]);
            assertEquals(c[1], body.getJsonArray("details").getJsonObject(0).getString("field"), c[0]);
        }
    }

    @Test
    void searchFiltersAndPagesLikeTheDatabase() throws Exception {
        HttpResponse<String> response = new WebClient().get("/api/v1/holders?type=MIIS&size=200", "Authorization", STAFF);
        assertEquals(200, response.statusCode());
        JsonObject page = WebClient.json(response);
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(DISTINCT holder_id) FROM certification WHERE type = 'MIIS'")),
                page.getJsonNumber("total").longValue());
        page.getJsonArray("items").forEach(item -> assertTrue(item.asJsonObject().getJsonArray("certifications").stream()
                .anyMatch(c -> "MIIS".equals(c.asJsonObject().getString("type")))));
    }

    @Test
    void holderDetailIs404ForUnknownAnd400ForMalformedIds() throws Exception {
        HttpResponse<String> ok = new WebClient().get("/api/v1/holders/1", "Authorization", STAFF);
        assertEquals(200, ok.statusCode());
        assertEquals(1, WebClient.json(ok).getInt("id"));
        HttpResponse<String> unknown = new WebClient().get("/api/v1/holders/987654321", "Authorization", STAFF);
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", WebClient.json(unknown).getString("error"));
        HttpResponse<String> malformed = new WebClient().get("/api/v1/holders/abc", "Authorization", STAFF);
        assertEquals(400, malformed.statusCode());
        assertEquals("id", WebClient.json(malformed).getJsonArray("details").getJsonObject(0).getString("field"));
    }

    @Test
    void verifyAnswersEveryStatusAsStored() throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT c.certificate_number, c.type, c.status, c.valid_from, c.valid_until, "
                        + "CONCAT(h.family_name, ' ', h.given_name) FROM certification c JOIN holder h ON h.id = c.holder_id "
                        + "WHERE c.id IN (SELECT MIN(id) FROM certification GROUP BY status)");
             ResultSet rs = ps.executeQuery()) {
            int statuses = 0;
            while (rs.next()) {
                statuses++;
                HttpResponse<String> response = new WebClient().get("/api/v1/verify/" + rs.getString(1));
                assertEquals(200, response.statusCode(), rs.getString(1));
                JsonObject body = WebClient.json(response);
                assertEquals(rs.getString(1), body.getString("number"));
                assertEquals(rs.getString(2), body.getString("type"));
                assertEquals(rs.getString(3), body.getString("status"));
                assertEquals(rs.getString(4), body.getString("validFrom"));
                assertEquals(rs.getString(5), body.getString("validUntil"));
                assertEquals(rs.getString(6), body.getString("holderName"));
            }
            assertTrue(statuses >= 4, "demo data covers most statuses, found " + statuses);
        }
    }

    @Test
    void verifyIs404ForUnknownAnd400ForMalformedNumbers() throws Exception {
        HttpResponse<String> unknown = new WebClient().get("/api/v1/verify/ZZ-99999999");
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", WebClient.json(unknown).getString("error"));
        for (String bad : new String[]{"HIT-1", "H-00000001", "HIT00000001", "HITXXX-0001", "HIT-123456789", "%E5%8C%BB-0001"}) {
            HttpResponse<String> response = new WebClient().get("/api/v1/verify/" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertEquals("invalid_certificate_number", WebClient.json(response).getString("error"), bad);
        }
    }

    @Test
    void unknownPathsAndMethodsAnswerWithTheErrorBody() throws Exception {
        HttpResponse<String> missing = new WebClient().get("/api/v1/no-such-thing");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", WebClient.json(missing).getString("error"));
        HttpResponse<String> method = new WebClient().send("POST", "/api/v1/verify/HIT-00000001", "application/json", "{");
        assertEquals(405, method.statusCode());
        assertEquals("method_not_allowed", WebClient.json(method).getString("error"));
    }

    @Test
    void theReadinessEndpointChecksMariaDb() throws Exception {
        HttpResponse<String> response = new WebClient().get("/api/v1/health");
        assertEquals(200, response.statusCode());
        JsonObject body = WebClient.json(response);
        assertEquals("UP", body.getString("status"));
        assertTrue(body.getJsonObject("database").getString("server").toLowerCase().contains("mariadb"));
        assertEquals(TestDatabase.scalar("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank "
                + "DESC LIMIT 1"), body.getJsonObject("database").getString("schemaVersion"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> response = new WebClient().get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/verify/{certificateNumber}"), response.body());
    }
}
