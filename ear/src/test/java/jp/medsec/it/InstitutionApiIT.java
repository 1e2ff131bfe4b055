package jp.medsec.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/v1/institutions}, exactly as API.md says, on the shared server and the demo data. */
class InstitutionApiIT {

    private static final String STAFF = WebClient.basic("staff", "medsec-staff");

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    @Test
    void everyInstitutionHasAUniqueCodeOfItsPrefectureSortedByCode() throws Exception {
        HttpResponse<String> all = new WebClient().get("/api/v1/institutions", "Authorization", STAFF);
        assertEquals(200, all.statusCode(), all.body());
        JsonArray institutions = array(all);
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM institution WHERE institution_code IS NOT NULL")),
                institutions.size());
        List<String> codes = new ArrayList<>();
        for (JsonValue value : institutions) {
            JsonObject i = value.asJsonObject();
            String code = i.getString("institutionCode");
            assertTrue(code.matches("[0-9]{2}[13][0-9]{7}"), code);
            assertEquals(i.getString("prefecture"), code.substring(0, 2), "the code begins with the prefecture: " + i);
            assertTrue(i.containsKey("corporateGroup") && i.containsKey("beds") && i.containsKey("name"), i.toString());
            codes.add(code);
        }
        assertEquals(codes.stream().sorted().toList(), codes, "sorted by institutionCode");
        assertEquals(codes.size(), codes.stream().distinct().count(), "unique");
        assertTrue(institutions.stream().anyMatch(i -> i.asJsonObject().isNull("corporateGroup")),
                "an unknown corporate group is null, not missing");
    }

    @Test
    void aTierFiltersAndAnUnknownTierIsABadRequest() throws Exception {
        JsonArray leading = array(new WebClient().get("/api/v1/institutions?tier=LEADING", "Authorization", STAFF));
        assertEquals(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM institution WHERE tier = 'LEADING' "
                + "AND institution_code IS NOT NULL")), leading.size());
        assertTrue(leading.stream().allMatch(i -> "LEADING".equals(i.asJsonObject().getString("tier"))));
        HttpResponse<String> unknown = new WebClient().get("/api/v1/institutions?tier=BIG", "Authorization", STAFF);
        assertEquals(400, unknown.statusCode());
        assertTrue(WebClient.json(unknown).getJsonArray("details").toString().contains("tier"), unknown.body());
    }

    @Test
    void onlyStaffList() throws Exception {
        assertEquals(401, new WebClient().get("/api/v1/institutions").statusCode());
        assertEquals(403, new WebClient().get("/api/v1/institutions", "Authorization",
                WebClient.basic("officer", "medsec-officer")).statusCode());
    }
}
