package jp.medsec.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/peer-checks/{fiscalYear}/plan} and {@code …/conflicts} exactly as API.md says, on the shared server
 * over the demo data's LEADING institutions. Each test plans a fiscal year of its own.
 */
class PeerCheckPlanApiIT {

    private static final String STAFF = WebClient.basic("staff", "medsec-staff");

    private static HttpResponse<String> post(int year) throws Exception {
        return new WebClient().send("POST", "/api/v1/peer-checks/" + year + "/plan", "application/json", "",
                "Authorization", STAFF);
    }

    /** Every hard rule of API.md that the answer alone can show, with the corporate groups the registry lists. */
    static void assertHardRules(JsonObject plan) throws Exception {
        Map<String, String> groups = new HashMap<>();
        Json.createReader(new StringReader(new WebClient().get("/api/v1/institutions?tier=LEADING", "Authorization", STAFF)
                .body())).readArray().forEach(v -> groups.put(v.asJsonObject().getString("institutionCode"),
                v.asJsonObject().isNull("corporateGroup") ? null : v.asJsonObject().getString("corporateGroup")));
        Map<String, Integer> capacity = new HashMap<>();
        plan.getJsonArray("participants").forEach(p -> capacity.put(p.asJsonObject().getString("institutionCode"),
                p.asJsonObject().getInt("capacity")));
        Map<String, String> checkerOf = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        BigDecimal total = new BigDecimal("0.0");
        for (JsonValue v : plan.getJsonArray("assignments")) {
            JsonObject a = v.asJsonObject();
            String checked = a.getString("checked");
            String checker = a.getString("checker");
            assertTrue(capacity.containsKey(checked) && capacity.containsKey(checker), "participants only: " + a);
            assertNotEquals(checked, checker, "nobody checks itself");
            assertEquals(null, checkerOf.put(checked, checker), checked + " is checked once");
            load.merge(checker, 1, Integer::sum);
            String group = groups.get(checker);
            assertFalse(group != null && group.equals(groups.get(checked)), "same corporate group: " + a);
            total = total.add(a.getJsonNumber("distanceKm").bigDecimalValue());
        }
        assertEquals(capacity.keySet(), checkerOf.keySet(), "every participant is checked");
        checkerOf.forEach((checked, checker) -> assertNotEquals(checked, checkerOf.get(checker),
                checked + " and " + checker + " check each other"));
        load.forEach((checker, n) -> assertTrue(n <= capacity.get(checker), checker + " makes " + n + " checks"));
        assertEquals(0, total.compareTo(plan.getJsonNumber("totalDistanceKm").bigDecimalValue()), "total distance");
    }

    @Test
    void staffComputeTheDraftPlanOfEveryLeadingInstitutionAndReadItBack() throws Exception {
        HttpResponse<String> computed = post(2041);
        assertEquals(200, computed.statusCode(), computed.body());
        JsonObject plan = WebClient.json(computed);
        assertEquals(2041, plan.getInt("fiscalYear"));
        assertEquals("DRAFT", plan.getString("status"));
        assertEquals("NEAR", plan.getString("travelPreference"));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM institution WHERE tier = 'LEADING'")),
                plan.getJsonArray("participants").size(), "by default every LEADING institution");
        assertTrue(plan.getJsonArray("participants").stream().allMatch(p -> p.asJsonObject().getInt("capacity") == 1));
        assertHardRules(plan);

        HttpResponse<String> read = new WebClient().get("/api/v1/peer-checks/2041/plan", "Authorization", STAFF);
        assertEquals(200, read.statusCode());
        assertEquals(plan.getJsonArray("assignments"), WebClient.json(read).getJsonArray("assignments"));
        assertEquals(plan.getJsonArray("assignments"), WebClient.json(post(2041)).getJsonArray("assignments"),
                "the same input gives the same plan");
        HttpResponse<String> conflicts = new WebClient().get("/api/v1/peer-checks/2041/conflicts", "Authorization", STAFF);
        assertEquals(200, conflicts.statusCode());
        assertEquals("[]", conflicts.body());
    }

    @Test
    void aDeclaredConflictIsListedAndKeptByTheRecomputedPlan() throws Exception {
        JsonObject plan = WebClient.json(post(2042));
        JsonObject pair = plan.getJsonArray("assignments").getJsonObject(0);
        String checked = pair.getString("checked");
        String checker = pair.getString("checker");
        TestDatabase.update("INSERT INTO peer_check_conflict (cycle_id, first_institution_id, second_institution_id, "
                + "reason, declared_by, declared_at) SELECT c.id, LEAST(a.id, b.id), GREATEST(a.id, b.id), '理事長が兼務', "
                + "'staff', NOW() FROM peer_check_cycle c, institution a, institution b WHERE c.fiscal_year = 2042 "
                + "AND a.institution_code = '" + checked + "' AND b.institution_code = '" + checker + "'");
        JsonValue listed = WebClient.json("{\"a\":" + new WebClient().get("/api/v1/peer-checks/2042/conflicts",
                "Authorization", STAFF).body() + "}").getJsonArray("a").get(0);
        Set<String> between = new HashSet<>();
        listed.asJsonObject().getJsonArray("between").forEach(v -> between.add(((jakarta.json.JsonString) v).getString()));
        assertEquals(Set.of(checked, checker), between);
        assertEquals("理事長が兼務", listed.asJsonObject().getString("reason"));

        JsonObject again = WebClient.json(post(2042));
        assertHardRules(again);
        for (JsonValue v : again.getJsonArray("assignments")) {
            JsonObject a = v.asJsonObject();
            assertFalse(Set.of(a.getString("checked"), a.getString("checker")).equals(Set.of(checked, checker)),
                    "no pair with a declared conflict: " + a);
        }
    }

    @Test
    void noFeasiblePlanIs422NamingTheInstitutionAndAPublishedPlanIs409() throws Exception {
        assertEquals(200, post(2043).statusCode());
        TestDatabase.update("UPDATE peer_check_participant p JOIN peer_check_cycle c ON c.id = p.cycle_id "
                + "JOIN institution i ON i.id = p.institution_id SET p.excluded_reason = '試験のため除外' "
                + "WHERE c.fiscal_year = 2043 AND i.institution_code NOT IN (SELECT code FROM (SELECT institution_code "
                + "AS code FROM institution WHERE tier = 'LEADING' ORDER BY institution_code LIMIT 2) two)");
        HttpResponse<String> infeasible = post(2043);
        assertEquals(422, infeasible.statusCode(), infeasible.body());
        JsonObject error = WebClient.json(infeasible);
        assertEquals("infeasible", error.getString("error"));
        String first = TestDatabase.scalar("SELECT MIN(institution_code) FROM institution WHERE tier = 'LEADING'");
        assertTrue(error.getString("message").contains(first), "names the institution: " + infeasible.body());

        assertEquals(200, post(2044).statusCode());
        TestDatabase.update("UPDATE peer_check_cycle SET status = 'PUBLISHED' WHERE fiscal_year = 2044");
        HttpResponse<String> published = post(2044);
        assertEquals(409, published.statusCode(), published.body());
        assertEquals(200, new WebClient().get("/api/v1/peer-checks/2044/plan", "Authorization", STAFF).statusCode());
    }

    /** The demo data: last fiscal year's cycle closed, this year's published, both keeping every hard rule. */
    @Test
    void theDemoCyclesKeepTheHardRulesAndThisYearAvoidsLastYearsCheckers() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        JsonObject current = WebClient.json(new WebClient().get("/api/v1/peer-checks/" + year + "/plan",
                "Authorization", STAFF));
        JsonObject last = WebClient.json(new WebClient().get("/api/v1/peer-checks/" + (year - 1) + "/plan",
                "Authorization", STAFF));
        assertEquals("PUBLISHED", current.getString("status"));
        assertEquals("CLOSED", last.getString("status"));
        assertHardRules(current);
        assertHardRules(last);
        Map<String, String> lastChecker = new HashMap<>();
        last.getJsonArray("assignments").forEach(v -> lastChecker.put(v.asJsonObject().getString("checked"),
                v.asJsonObject().getString("checker")));
        for (JsonValue v : current.getJsonArray("assignments")) {
            assertNotEquals(lastChecker.get(v.asJsonObject().getString("checked")), v.asJsonObject().getString("checker"),
                    "last cycle's checker: " + v);
        }
        HttpResponse<String> conflicts = new WebClient().get("/api/v1/peer-checks/" + year + "/conflicts",
                "Authorization", STAFF);
        assertTrue(conflicts.body().contains("between"), conflicts.body());
        HttpResponse<String> published = post(year);
        assertEquals(409, published.statusCode(), "a published plan is not computed again");
        assertEquals("rule_violation", WebClient.json(published).getString("error"));
    }

    @Test
    void onlyStaffPlanAndABadYearOrAnUnopenedOneIsAnError() throws Exception {
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        HttpResponse<String> asOfficer = new WebClient().send("POST", "/api/v1/peer-checks/2045/plan", "application/json",
                "", "Authorization", WebClient.basic(officer, "it-officer-pass"));
        assertEquals(403, asOfficer.statusCode());
        assertEquals(401, new WebClient().get("/api/v1/peer-checks/2045/plan").statusCode());
        assertEquals(401, new WebClient().get("/api/v1/peer-checks/2045/conflicts").statusCode());
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM peer_check_cycle WHERE fiscal_year = 2045"));
        HttpResponse<String> bad = new WebClient().get("/api/v1/peer-checks/20x6/plan", "Authorization", STAFF);
        assertEquals(400, bad.statusCode());
        assertTrue(WebClient.json(bad).getJsonArray("details").toString().contains("fiscalYear"), bad.body());
        HttpResponse<String> unopened = new WebClient().get("/api/v1/peer-checks/2046/plan", "Authorization", STAFF);
        assertEquals(404, unopened.statusCode());
        assertEquals("not_found", WebClient.json(unopened).getString("error"));
    }
}
