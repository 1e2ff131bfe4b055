package jp.medsec.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two self-check endpoints of API.md, anonymous, with valid bodies and with every kind of malformed one. */
class SelfCheckIT {


    private static HttpResponse<String> post(String path, String body) throws Exception {
        return new WebClient().send("POST", "/api/v1/self-check/" + path, "application/json", body);
    }

    @Test
    void theApiMdExampleIsGroupB() throws Exception {
        HttpResponse<String> response = post("classification", """
                {"qualifications": ["HIT", "IPA_SG"], "hisManagementYears": {"SENJU": 0, "SENNIN": 4, "OTHER": 0},
                 "hisIntroduction": "LED", "hisPracticalExperience": true, "completedModules": ["B-NEW-08", "B-NEW-09"],
                 "onsiteTrainingCompleted": false, "guidelineUnderstood": true}""");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = WebClient.json(response);
        assertEquals("B", body.getString("group"));
        assertTrue(body.getJsonObject("eligible").getBoolean("B"));
        assertTrue(body.getJsonObject("eligible").getBoolean("C"));
        assertTrue(!body.getJsonObject("eligible").getBoolean("A"));
        assertEquals("[\"HIT\"]", body.getJsonObject("paths").getJsonObject("B").getJsonArray("medicalIs").toString());
        assertEquals("[\"IPA_SG\"]", body.getJsonObject("paths").getJsonObject("B").getJsonArray("security").toString());
        assertEquals("[\"C-MANDATORY\"]", body.getJsonObject("paths").getJsonObject("C").getJsonArray("security").toString());
        assertEquals("IPA_RISS or A-NEW-01…07",
                body.getJsonObject("missing").getJsonObject("A").getJsonArray("security").getString(0));
    }

    @Test
    void seniorHitAndSupportSpecialistIsGroupAAndNothingIsMissing() throws Exception {
        JsonObject body = WebClient.json(post("classification",
                "{\"qualifications\": [\"SENIOR_HIT\", \"IPA_RISS\"], \"guidelineUnderstood\": true}"));
        assertEquals("A", body.getString("group"));
        assertEquals(0, body.getJsonObject("missing").size());
        JsonObject nobody = WebClient.json(post("classification", "{\"qualifications\": [\"SENIOR_HIT\", \"IPA_RISS\"]}"));
        assertTrue(nobody.isNull("group"), "without the guideline no group: " + nobody);
    }

    @Test
    void theCurriculumExampleHoldsExactly() throws Exception {
        HttpResponse<String> response = post("curriculum", "{\"group\": \"A\", \"qualifications\": [\"SENIOR_HIT\", \"HIT\"]}");
        assertEquals(200, response.statusCode());
        assertEquals(WebClient.json("""
                {"group": "A",
                 "required": ["A-NEW-01", "A-NEW-02", "A-NEW-03", "A-NEW-04", "A-NEW-05", "A-NEW-06", "A-NEW-07"],
                 "exempt": ["A-NEW-08", "A-NEW-09", "A-NEW-10", "A-NEW-11", "A-NEW-12", "A-NEW-13", "A-NEW-14", "A-NEW-15"],
                 "recommended": [], "continuing": ["CONT-A", "CONT-B", "CONT-C"]}"""), WebClient.json(response));
        JsonObject c = WebClient.json(post("curriculum", "{\"group\": \"C\", \"qualifications\": [\"LICENSE_NURSE\"]}"));
        assertEquals("[\"C-MANDATORY-1\",\"C-MANDATORY-2\",\"C-MANDATORY-3\"]", c.getJsonArray("required").toString());
        assertEquals("[\"C-OPT2-1\",\"C-OPT2-2\",\"C-OPT2-3\",\"C-OPT2-4\",\"C-OPT2-5\"]", c.getJsonArray("recommended").toString());
    }

    @Test
    void malformedBodiesAre400WithTheErrorBody() throws Exception {
        String huge = "{\"qualifications\": [" + "\"HIT\",".repeat(5000) + "\"HIT\"]}";
        String[][] cases = {
                {"classification", "{not json", "body"},
                {"classification", "[1, 2]", "body"},
                {"classification", "", "body"},
                {"classification", "{\"qualifications\": \"HIT\"}", "qualifications"},
                {"classification", "{\"qualifications\": [\"HIT\", 7]}", "qualifications[1]"},
                {"classification", "{\"qualifications\": [\"WIZARD\"]}", "qualifications[0]"},
                {"classification", "{\"hisManagementYears\": {\"SENJU\": -1}}", "hisManagementYears.SENJU"},
                {"classification", "{\"hisManagementYears\": {\"SENJU\": \"five\"}}", "hisManagementYears.SENJU"},
                {"classification", "{\"hisManagementYears\": {\"PART_TIME\": 2}}", "hisManagementYears.PART_TIME"},
                {"classification", "{\"hisManagementYears\": [1, 2]}", "hisManagementYears"},
                {"classification", "{\"hisIntroduction\": \"WATCHED\"}", "hisIntroduction"},
                {"classification", "{\"guidelineUnderstood\": \"yes\"}", "guidelineUnderstood"},
                {"classification", "{\"completedModules\": [\"Z-NEW-01\"]}", "completedModules[0]"},
                {"classification", "{\"guidelineUnderstod\": true}", "guidelineUnderstod"},
                {"classification", huge, "qualifications"},
                {"curriculum", "{\"group\": \"D\"}", "group"},
                {"curriculum", "{\"qualifications\": [\"HIT\"]}", "group"},
                {"curriculum", "{\"group\": 1}", "group"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = post(c[0], c[1]);
            assertEquals(400, response.statusCode(), c[1]);
            JsonObject body = WebClient.json(response);
            assertTrue(body.containsKey("error") && body.containsKey("message") && body.containsKey("details"), c[1]);
            assertEquals(c[2], body.getJsonArray("details").getJsonObject(0).getString("field"), c[1] + " → " + body);
        }
        assertEquals(400, post("classification", "{\"x\":\"" + "a".repeat(70_000) + "\"}").statusCode(), "too large");
        HttpResponse<String> text = new WebClient().send("POST", "/api/v1/self-check/classification", "text/plain", "{}");
        assertEquals(415, text.statusCode());
        assertEquals("unsupported_media_type", WebClient.json(text).getString("error"));
    }
}
