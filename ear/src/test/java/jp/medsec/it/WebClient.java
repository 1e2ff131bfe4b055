package jp.medsec.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for black-box tests: keeps cookies, does not follow redirects, signs in by the form. */
public final class WebClient {

    public static final String BASE = System.getProperty("medsec.base.url", "http://localhost:8080");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The address this client stands for (the test server trusts X-Forwarded-For): every client is another "network",
     * so that one test's failed sign-ins or certificate checks never slow down another's.
     */
    private final String address = address(CLIENTS.incrementAndGet());

    /** 62,500 addresses per test run before one comes back (a run makes thousands of clients, polling ones included). */
    private static String address(int client) {
        return "10." + (ProcessHandle.current().pid() % 150 + 100) + "." + (client / 250 % 250) + "." + (client % 250 + 1);
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1, as a balancer speaks to the server: Undertow reads X-Forwarded-For on HTTP/1.1 only (not h2c)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** The client address this client's requests come from, as the server sees it. */
    public String address() {
        return address;
    }

    /** The session cookies, for a client of another body type (e.g. PDF downloads). */
    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET().timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends bytes as they are (a CSV file in CP932, with a BOM...), with a generous timeout for large files. */
    public HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(300))
                .header("X-Forwarded-For", address)
                .header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same page asked for {@code count} times at once in this client's session (several tabs, a double click). */
    public java.util.List<HttpResponse<String>> getAtOnce(String path, int count) throws Exception {
        java.util.List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(client.sendAsync(HttpRequest.newBuilder(URI.create(BASE + path)).GET().timeout(Duration.ofSeconds(120))
                    .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        java.util.List<HttpResponse<String>> responses = new java.util.ArrayList<>();
        for (var response : all) {
            responses.add(response.get());
        }
        return responses;
    }

    /** Fills in and submits the sign-in form; answers the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("no view state on the sign-in page: " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", username);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        // A browser's PrimeFaces script adds the page's CSP nonce to every form it submits.
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", "/login.xhtml", "application/x-www-form-urlencoded", body);
    }

    /** The hidden fields a browser would post with a form of the given page: view state and CSP nonce. */
    public static String formTokens(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no view state on the page");
        }
        StringBuilder tokens = new StringBuilder("jakarta.faces.ViewState=")
                .append(URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            tokens.append("&primefaces.nonce=").append(URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        }
        return tokens.toString();
    }

    /**
     * Clicks a Faces command button the way PrimeFaces' script does: an Ajax post of the page's form that executes the
     * button and the given inputs only (so that the test need not repeat every field of the form). Answers the partial
     * response (XML carrying the re-rendered form and its messages).
     */
    public HttpResponse<String> click(HttpResponse<String> page, String form, String button, Map<String, String> inputs)
            throws IOException, InterruptedException {
        if (!page.body().contains("id=\"" + button + "\"")) {
            throw new AssertionError("no button " + button + " on the page");
        }
        String execute = String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(button),
                inputs.keySet().stream().map(k -> k.replaceFirst("_input$", ""))).toList());
        return ajax(page, form, button, execute, form, inputs);
    }

    /**
     * A PrimeFaces AJAX post of the page's form, as its script sends one: the source, what to execute and render, and
     * the given request parameters (which may be what no browser would send). Answers the partial response.
     */
    public HttpResponse<String> ajax(HttpResponse<String> page, String form, String source, String execute, String render,
                                     Map<String, String> parameters) throws IOException, InterruptedException {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("no form " + form + " on the page");
        }
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", source);
        post.put("jakarta.faces.partial.execute", execute);
        post.put("jakarta.faces.partial.render", render);
        post.put(source, source);
        post.put(form, form);
        post.putAll(parameters);
        String body = post.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&" + formTokens(page.body());
        String path = action.group(1).replace("&amp;", "&");
        return send("POST", path, "application/x-www-form-urlencoded; charset=UTF-8", body, "Faces-Request", "partial/ajax");
    }

    /** Whether a body shows a Java stack trace. */
    public static boolean showsStackTrace(String body) {
        return body.contains("Caused by:") || Pattern.compile("\\bat (java|jakarta|org|jp|io)\\.[\\w.$]+\\(").matcher(body).find();
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
