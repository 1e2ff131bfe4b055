package jp.medsec.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API.md "Institutions": the tier catalogues as stored by migration, and the anonymous tier self-check. */
class TierApiIT {


    private static HttpResponse<String> post(String body) throws Exception {
        return new WebClient().send("POST", "/api/v1/self-check/tier", "application/json", body);
    }

    @Test
    void eachTierListsTheSeedsRequirementsInOrder() throws Exception {
        for (Map.Entry<String, Integer> tier : Map.of("LEADING", 18, "SELF_DEFENDING", 13, "ASSISTED", 8).entrySet()) {
            HttpResponse<String> response = new WebClient().get("/api/v1/tiers/" + tier.getKey() + "/requirements");
            assertEquals(200, response.statusCode());
            JsonArray items = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
            assertEquals(tier.getValue(), items.size(), tier.getKey());
            for (int i = 0; i < items.size(); i++) {
                JsonObject item = items.getJsonObject(i);
                assertEquals(tier.getKey(), item.getString("tier"));
                for (String field : new String[]{"code", "section", "textJa", "textEn"}) {
                    assertTrue(!item.getString(field).isBlank(), field + " of " + item);
                }
                assertTrue(item.containsKey("futureJa"), "futureJa is always present (null where the seed has none)");
            }
        }
        JsonArray leading = jakarta.json.Json.createReader(new java.io.StringReader(
                new WebClient().get("/api/v1/tiers/LEADING/requirements").body())).readArray();
        assertEquals("医療情報システム管理部門を設置すること。", leading.getJsonObject(0).getString("textJa"));
        assertTrue(leading.getJsonObject(0).isNull("futureJa"));
        assertEquals("※将来的には、「統括情報セキュリティ責任者」が「Group A 人材」の資格を有すること。",
                leading.getJsonObject(4).getString("futureJa"));
        assertEquals("「指導的な立場の医療機関」間で、互いの施設の医療情報システムの相互チェックを実施すること。",
                leading.getJsonObject(11).getString("textJa"));
        assertEquals("ORGANISATION", leading.getJsonObject(9).getString("section"));
        assertEquals("AMONG_LEADING", leading.getJsonObject(10).getString("section"));
        assertEquals("REGIONAL", leading.getJsonObject(17).getString("section"));
    }

    @Test
    void anUnknownTierIs404WithTheErrorBody() throws Exception {
        for (String tier : new String[]{"GOLD", "leading", "LEADING%20"}) {
            HttpResponse<String> response = new WebClient().get("/api/v1/tiers/" + tier + "/requirements");
            assertEquals(404, response.statusCode(), tier);
            assertEquals("not_found", WebClient.json(response).getString("error"));
        }
    }

    @Test
    void theMinimumTierFollowsTheSeed() throws Exception {
        JsonObject big = WebClient.json(post("{\"beds\": 420, \"regionallyCritical\": false, \"onPremisesSystems\": true}"));
        assertEquals("SELF_DEFENDING", big.getString("minimumTier"));
        assertTrue(big.getJsonArray("reasons").size() >= 1);
        assertEquals("SELF_DEFENDING", WebClient.json(post("{\"beds\": 80, \"regionallyCritical\": true, "
                + "\"onPremisesSystems\": false}")).getString("minimumTier"));
        assertEquals("ASSISTED", WebClient.json(post("{\"beds\": 399, \"regionallyCritical\": false, "
                + "\"onPremisesSystems\": true}")).getString("minimumTier"));
        JsonObject cloud = WebClient.json(post("{\"beds\": 120, \"regionallyCritical\": false, \"onPremisesSystems\": false}"));
        assertTrue(cloud.isNull("minimumTier"), cloud.toString());
        assertEquals("SELF_DEFENDING", WebClient.json(post("{\"beds\": 400}")).getString("minimumTier"));
    }

    @Test
    void malformedBodiesAre400WithTheErrorBody() throws Exception {
        for (String body : new String[]{"", "not json", "[1, 2]", "{\"beds\": \"420\"}", "{\"beds\": 420.5}", "{\"beds\": -1}",
                "{}", "{\"beds\": null}", "{\"beds\": 1e9}", "{\"beds\": 100, \"regionallyCritical\": \"yes\"}",
                "{\"beds\": 100, \"onPremisesSystems\": 1}", "{\"beds\": 100, \"cloud\": true}", "{\"beds\": 100"}) {
            HttpResponse<String> response = post(body);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
            JsonObject error = WebClient.json(response);
            assertTrue(error.containsKey("error") && error.containsKey("message") && error.containsKey("details"), body);
        }
        HttpResponse<String> named = post("{\"beds\": -5, \"regionallyCritical\": \"no\"}");
        String details = WebClient.json(named).getJsonArray("details").toString();
        assertTrue(details.contains("\"beds\"") && details.contains("\"regionallyCritical\""), details);
        assertEquals(415, new WebClient().send("POST", "/api/v1/self-check/tier", "text/plain", "{\"beds\": 1}").statusCode());
    }
}
