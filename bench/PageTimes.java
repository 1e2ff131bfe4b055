import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Response times of the pages and endpoints people use most, against a running server (bench/run.sh starts one on a
 * Japan-sized registry): each scenario twice to warm up, then N times; prints median and slowest in milliseconds.
 * Run: java bench/PageTimes.java [baseUrl] [runs]
 */
public class PageTimes {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static String base;

    record Client(HttpClient http) {
        static Client signedIn(String user, String password) throws Exception {
            Client c = new Client(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
            String page = c.get("/login.xhtml");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("loginForm", "loginForm");
            form.put("loginForm:username", user);
            form.put("loginForm:password", password);
            form.put("loginForm:submit", "");
            tokens(page, form);
            c.post("/login.xhtml", form, false);
            return c;
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() >= 400) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        }

        String post(String path, Map<String, String> form, boolean ajax) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() >= 400) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        }

        String api(String method, String path, String json, String user, String password) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null || !"GET".equals(method)) {
                request.header("Content-Type", "application/json"); // the API refuses unsafe calls without it
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() >= 400) {
                throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        }
    }

    static void tokens(String page, Map<String, String> form) {
        Matcher v = VIEW_STATE.matcher(page);
        if (!v.find()) {
            throw new IllegalStateException("no view state");
        }
        form.put("jakarta.faces.ViewState", v.group(1));
        Matcher n = NONCE.matcher(page);
        if (n.find()) {
            form.put("primefaces.nonce", n.group(1));
        }
    }

    static void time(String name, int runs, Callable<String> scenario) throws Exception {
        for (int i = 0; i < 2; i++) {
            scenario.call();
        }
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = scenario.call().length();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("| %-58s | %8.1f | %8.1f | %7d |%n", name, ms.get(ms.size() / 2), ms.get(ms.size() - 1), size / 1024);
    }

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        Client staff = Client.signedIn("staff", "medsec-staff");
        Client officer = Client.signedIn("officer", "medsec-officer");
        Client anonymous = new Client(HttpClient.newHttpClient());
        System.out.println("| scenario | median ms | slowest ms | KiB |");
        System.out.println("|---|---:|---:|---:|");
        time("staff: dashboard", runs, () -> staff.get("/staff/dashboard.xhtml"));
        time("staff: regions (per prefecture: tiers, findings, overdue)", runs, () -> staff.get("/staff/regions.xhtml"));
        time("staff: institution list, first page", runs, () -> staff.get("/staff/institutions.xhtml"));
        time("staff: holder search, first page", runs, () -> staff.get("/staff/holders.xhtml"));
        time("staff: personnel list, first page", runs, () -> staff.get("/staff/personnel.xhtml"));
        time("staff: personnel due for continuing courses (filter)", runs, () -> {
            String page = staff.get("/staff/personnel.xhtml");
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "personnelSearch:search");
            form.put("jakarta.faces.partial.execute", "@all");
            form.put("jakarta.faces.partial.render", "personnelSearch");
            form.put("personnelSearch:search", "personnelSearch:search");
            form.put("personnelSearch", "personnelSearch");
            form.put("personnelSearch:group", "");
            form.put("personnelSearch:dueOnly_input", "on");
            tokens(page, form);
            String answer = staff.post("/staff/personnel.xhtml", form, true);
            if (!answer.contains("partial-response")) {
                throw new IllegalStateException("not a partial response: " + answer.substring(0, Math.min(300, answer.length())));
            }
            return answer;
        });
        time("officer: own institution (organisation judged, audits, findings)", runs, () -> officer.get("/institution/home.xhtml"));
        time("public: GET /api/v1/tiers/LEADING/requirements", runs,
                () -> anonymous.api("GET", "/api/v1/tiers/LEADING/requirements", null, null, null));
        time("public: POST /api/v1/self-check/classification", runs, () -> anonymous.api("POST",
                "/api/v1/self-check/classification", "{\"qualifications\": [\"HIT\", \"IPA_SG\"], \"hisManagementYears\": "
                        + "{\"SENNIN\": 4}, \"hisIntroduction\": \"LED\", \"guidelineUnderstood\": true}", null, null));
        time("public: GET /api/v1/verify/HIT-00000001", runs, () -> anonymous.api("GET", "/api/v1/verify/HIT-00000001", null, null, null));
        time("public: directory page", runs, () -> anonymous.get("/directory.xhtml"));
        job(anonymous, "certification-expiry");
    }

    /** Runs a batch job once through the API and prints how long it took (it reads the whole registry in pages). */
    static void job(Client client, String name) throws Exception {
        long start = System.nanoTime();
        String started = client.api("POST", "/api/v1/jobs/" + name, null, "staff", "medsec-staff");
        Matcher id = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)").matcher(started);
        if (!id.find()) {
            throw new IllegalStateException("no execution id: " + started);
        }
        String status = "STARTING";
        while (status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING")) {
            Thread.sleep(200);
            String run = client.api("GET", "/api/v1/jobs/executions/" + id.group(1), null, "staff", "medsec-staff");
            Matcher m = Pattern.compile("\"batchStatus\"\\s*:\\s*\"(\\w+)\"").matcher(run);
            status = m.find() ? m.group(1) : "UNKNOWN";
        }
        System.out.printf("%njob %s: %s in %.1f s (one run, whole registry)%n", name, status, (System.nanoTime() - start) / 1e9);
    }
}
