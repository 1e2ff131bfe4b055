import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mutual-check plan inside the application on the benchmark data (bench/peer-check-plans.sh starts it with 200 or
 * 500 LEADING hospitals): the time of POST /api/v1/peer-checks/{year}/plan (the whole path: reading the cycle, the
 * solver, writing the pairs; median of N recomputations after the first, which opens the cycle), and every hard rule of
 * API.md checked on that plan and on the demo's two cycles (last year's closed, this year's published) from the
 * answers alone, with the corporate groups GET /api/v1/institutions lists.
 * Run: java -cp jakarta.json-api.jar:parsson.jar bench/PlanCheck.java [baseUrl] [runs]
 */
public class PlanCheck {

    static final String STAFF = "Basic " + Base64.getEncoder().encodeToString("staff:medsec-staff".getBytes(StandardCharsets.UTF_8));
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;

        Map<String, String> groups = new HashMap<>();
        for (JsonValue v : Json.createReader(new StringReader(call("GET", "/api/v1/institutions?tier=LEADING")))
                .readArray()) {
            JsonObject i = v.asJsonObject();
            groups.put(i.getString("institutionCode"), i.isNull("corporateGroup") ? null : i.getString("corporateGroup"));
        }
        System.out.println("LEADING institutions: " + groups.size());

        JsonObject last = plan("GET", year - 1);
        JsonObject current = plan("GET", year);
        check("demo cycle FY" + (year - 1), last, groups, null, Set.of());
        check("demo cycle FY" + year, current, groups, last, conflicts(year));

        List<Long> times = new ArrayList<>();
        JsonObject next = null;
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            next = plan("POST", year + 1);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (i > 0) {
                times.add(ms); // the first call also opens the cycle
            } else {
                System.out.println("POST plan FY" + (year + 1) + " (opens the cycle): " + ms + " ms");
            }
        }
        Collections.sort(times);
        System.out.println("POST plan FY" + (year + 1) + " recomputed, " + runs + " runs: median "
                + times.get(times.size() / 2) + " ms, slowest " + times.get(times.size() - 1) + " ms");
        check("computed plan FY" + (year + 1), next, groups, current, conflicts(year + 1));
    }

    static JsonObject plan(String method, int year) throws Exception {
        return Json.createReader(new StringReader(call(method, "/api/v1/peer-checks/" + year + "/plan"))).readObject();
    }

    static Set<Set<String>> conflicts(int year) throws Exception {
        Set<Set<String>> pairs = new HashSet<>();
        for (JsonValue v : Json.createReader(new StringReader(call("GET", "/api/v1/peer-checks/" + year + "/conflicts")))
                .readArray()) {
            var between = v.asJsonObject().getJsonArray("between");
            pairs.add(Set.of(between.getString(0), between.getString(1)));
        }
        return pairs;
    }

    /** Every hard rule of API.md that the answer shows; throws naming the first broken one. */
    static void check(String what, JsonObject plan, Map<String, String> groups, JsonObject previous,
                      Set<Set<String>> conflicts) {
        Map<String, Integer> capacity = new HashMap<>();
        for (JsonValue v : plan.getJsonArray("participants")) {
            capacity.put(v.asJsonObject().getString("institutionCode"), v.asJsonObject().getInt("capacity"));
        }
        Map<String, String> checkerOf = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        for (JsonValue v : plan.getJsonArray("assignments")) {
            JsonObject a = v.asJsonObject();
            String checked = a.getString("checked");
            String checker = a.getString("checker");
            require(checkerOf.put(checked, checker) == null, what + ": " + checked + " is checked twice");
            require(!checked.equals(checker), what + ": " + checked + " checks itself");
            require(capacity.containsKey(checker) && capacity.containsKey(checked), what + ": not a participant " + a);
            String group = groups.get(checker);
            require(group == null || !group.equals(groups.get(checked)), what + ": same corporate group " + a);
            require(!conflicts.contains(Set.of(checked, checker)), what + ": declared conflict " + a);
            load.merge(checker, 1, Integer::sum);
        }
        require(checkerOf.keySet().equals(capacity.keySet()), what + ": not every participant is checked");
        checkerOf.forEach((checked, checker) -> require(!checked.equals(checkerOf.get(checker)),
                what + ": " + checked + " and " + checker + " check each other"));
        load.forEach((checker, n) -> require(n <= capacity.get(checker), what + ": " + checker + " checks " + n));
        int lastCycleKept = 0;
        if (previous != null) {
            Map<String, String> before = new HashMap<>();
            for (JsonValue v : previous.getJsonArray("assignments")) {
                before.put(v.asJsonObject().getString("checked"), v.asJsonObject().getString("checker"));
            }
            for (Map.Entry<String, String> e : checkerOf.entrySet()) {
                require(!e.getValue().equals(before.get(e.getKey())), what + ": last cycle's checker kept " + e);
                lastCycleKept += before.containsKey(e.getKey()) ? 1 : 0;
            }
        }
        System.out.println(what + ": " + checkerOf.size() + " participants, every hard rule kept (conflicts "
                + conflicts.size() + ", last cycle's pairs compared " + lastCycleKept + "), total "
                + plan.getJsonNumber("totalDistanceKm") + " km");
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }

    static String call(String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", STAFF);
        request = method.equals("POST") ? request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("")) : request.GET();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
