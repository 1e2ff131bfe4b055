import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The failover test of bench/cluster-test.sh: a staff user signs in through the balancer and opens the dashboard; a
 * second later the node that served them is killed (kill -9); the same browser session then posts a form of the page it had open (the
 * language switch, whose view state lives in the session) and reads the dashboard again. Passes when both are served
 * by the other node, signed in, with the view intact (no sign-in page, no expired view). Prints what happened.
 *
 *   java bench/ClusterFailover.java balancerUrl
 */
public class ClusterFailover {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        CookieManager cookies = new CookieManager();
        // HTTP/1.1 as a browser speaks it to the balancer (the client would otherwise ask to upgrade to h2c, which HAProxy
        // passes through as a tunnel, without its cookie).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = get(http, base + "/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", "staff");
        form.put("loginForm:password", "medsec-staff");
        form.put("loginForm:submit", "");
        tokens(login, form);
        HttpResponse<String> signedIn = post(http, base + "/login.xhtml", form);
        check(signedIn.statusCode() == 302, "sign-in answered " + signedIn.statusCode());
        HttpResponse<String> dashboard = get(http, base + "/staff/dashboard.xhtml");
        check(dashboard.statusCode() == 200 && dashboard.body().contains("ダッシュボード"), "dashboard before: " + dashboard.statusCode());
        String before = node(cookies);
        System.out.println("signed in as staff; served by " + before);

        // A person reads the page before the next click. WildFly writes the session (and the view state in it) to the
        // other node as the request ends, just after the answer has gone out: a node killed within those milliseconds
        // takes the newest state with it (seen: the next post answered as an expired view).
        Thread.sleep(1000);
        Process kill = new ProcessBuilder("scripts/cluster.sh", "kill", before.substring(1)).inheritIO().start();
        check(kill.waitFor() == 0, "could not kill " + before);
        long killedAt = System.nanoTime();

        Map<String, String> switchLanguage = new LinkedHashMap<>();
        switchLanguage.put("headerForm", "headerForm");
        switchLanguage.put("headerForm:langEn", "headerForm:langEn");
        tokens(dashboard.body(), switchLanguage);
        HttpResponse<String> switched = post(http, base + "/staff/dashboard.xhtml", switchLanguage);
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        String location = switched.headers().firstValue("Location").orElse("");
        check(switched.statusCode() == 200 || (switched.statusCode() == 302 && !location.contains("login")),
                "the form posted after the kill answered " + switched.statusCode() + " " + location);
        check(!switched.body().contains("ViewExpired") && !switched.body().contains("ログイン"),
                "the view or the session was lost: " + switched.body().substring(0, Math.min(300, switched.body().length())));
        HttpResponse<String> after = get(http, base + "/staff/dashboard.xhtml");
        String afterNode = node(cookies);
        check(after.statusCode() == 200 && after.body().contains("Dashboard"), "dashboard after: " + after.statusCode()
                + (after.body().contains("login") ? " (the sign-in page)" : ""));
        check(!afterNode.equals(before), "still served by " + afterNode);
        System.out.printf("after killing %s: the form posted %.1f s later was served by %s, signed in, the view intact "
                + "(the page now in English); the dashboard read again: 200%n", before, seconds, afterNode);
    }

    static String node(CookieManager cookies) {
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals("MEDSECNODE")) {
                return cookie.getValue();
            }
        }
        throw new IllegalStateException("no balancer cookie");
    }

    static void tokens(String page, Map<String, String> form) {
        Matcher v = VIEW_STATE.matcher(page);
        check(v.find(), "no view state");
        form.put("jakarta.faces.ViewState", v.group(1));
        Matcher n = NONCE.matcher(page);
        if (n.find()) {
            form.put("primefaces.nonce", n.group(1));
        }
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void check(boolean condition, String failure) {
        if (!condition) {
            System.out.println("FAILED: " + failure);
            System.exit(1);
        }
    }
}
