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
 * Signs in through the sign-in page as a browser does, {@code count} times (default 1), and prints each session's
 * cookie ("JSESSIONID=…") on a line of its own, for load generators (bench/load.sh gives them to wrk) that then
 * request pages as that many signed-in users: one session per simulated user, since the application runs one
 * request of a session at a time, as a browser tab would send them.
 *
 *   java bench/SessionCookie.java baseUrl user password [count]
 */
public class SessionCookie {

    public static void main(String[] args) throws Exception {
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int i = 0; i < count; i++) {
            System.out.println(signIn(args));
        }
    }

    private static String signIn(String[] args) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(args[0] + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", args[1]);
        form.put("loginForm:password", args[2]);
        form.put("loginForm:submit", "");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(args[0] + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + args[1] + " answered " + signedIn.statusCode());
        }
        for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
            if (cookie.getName().equals("JSESSIONID")) {
                return cookie.getName() + "=" + cookie.getValue();
            }
        }
        throw new IllegalStateException("no session cookie");
    }
}
