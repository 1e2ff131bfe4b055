package jp.medsec.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input and failures answer as the caller expects (issue 9 items 5 and 7-12): the API's JSON error body with a
 * 4xx, 429 or 503, never a 500, an HTML page or a stack trace; pages show a message on the form; refusals are not
 * errors in the server log.
 */
class RequestErrorsIT {


    /** Item 5: certificate numbers are sequential; one address may check 60 a minute, then 429 with Retry-After. */
    @Test
    void certificateChecksAreLimitedPerAddress() throws Exception {
        WebClient walker = new WebClient();
        int answered = 0;
        HttpResponse<String> refused = null;
        for (int serial = 1; serial <= 70 && refused == null; serial++) {
            HttpResponse<String> response = walker.get("/api/v1/verify/HIT-" + String.format("%08d", serial));
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                answered++;
            }
        }
        assertTrue(refused != null, "the walk was stopped");
        assertTrue(answered >= 55 && answered <= 62, "about 60 answered first, was " + answered);
        assertEquals("too_many_requests", WebClient.json(refused).getString("error"));
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        // the bucket refills one check a second, so on a slow machine one page request may find a fresh token:
        // of three in a row, at least one is refused
        boolean pageRefused = false;
        for (int attempt = 0; attempt < 3 && !pageRefused; attempt++) {
            pageRefused = walker.get("/verify.xhtml?n=HIT-00000001").body().contains("照会が多すぎます");
        }
        assertTrue(pageRefused, "the page too");
        assertEquals(200, new WebClient().get("/api/v1/verify/HIT-00000001").statusCode(), "other addresses are not held up");
    }

    /** Item 7: JSON nested about 1,200 deep is a malformed body. */
    @Test
    void deeplyNestedJsonIs400() throws Exception {
        String nested = "[".repeat(1200) + "]".repeat(1200);
        String nestedObject = "{\"qualifications\":" + "[".repeat(1200) + "]".repeat(1200) + "}";
        long mark = ServerLog.mark();
        for (String path : new String[]{"/api/v1/self-check/classification", "/api/v1/self-check/curriculum",
                "/api/v1/self-check/tier", "/api/v1/vendor-forms/no-such-token"}) {
            for (String body : new String[]{nested, nestedObject}) {
                HttpResponse<String> response = new WebClient().send("POST", path, "application/json", body);
                assertTrue(response.statusCode() == 400 || response.statusCode() == 404 && path.contains("vendor"),
                        path + ": " + response.statusCode() + " " + response.body());
                assertTrue(WebClient.json(response).containsKey("error"), path);
                assertFalse(WebClient.showsStackTrace(response.body()), path);
            }
        }
        String log = ServerLog.since(mark);
        assertFalse(log.contains("SEVERE") || log.contains(" ERROR "), "no error logged: " + log);
    }

    /** Item 8: whatever goes wrong under /api/ answers the JSON error body. */
    @Test
    void everyApiFailureAnswersTheErrorBody() throws Exception {
        HttpResponse<String> wrong = new WebClient().get("/api/v1/holders", "Authorization", WebClient.basic("staff", "wrong"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "a Basic challenge");
        assertEquals("unauthorized", WebClient.json(wrong).getString("error"));
        HttpResponse<String> garbled = new WebClient().get("/api/v1/holders", "Authorization", "Basic !!!not-base64");
        assertEquals(401, garbled.statusCode());
        assertEquals("unauthorized", WebClient.json(garbled).getString("error"));

        // invalid UTF-8 in the path: a raw request, since java.net.URI refuses to build one
        HttpResponse<String> invalid = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(WebClient.BASE + "/api/v1/verify/%FF%FE%FD")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), invalid.body());
        assertTrue(WebClient.json(invalid).containsKey("error"));

        HttpResponse<String> unknown = new WebClient().get("/api/v1/no-such-thing");
        assertEquals(404, unknown.statusCode());
        assertEquals("not_found", WebClient.json(unknown).getString("error"));
        HttpResponse<String> page = new WebClient().get("/no-such-page.xhtml");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("お探しのページは見つかりませんでした"), "pages keep their error page");
    }

    /**
     * Item 8: with the database out of reach, the API answers 503 (with Retry-After) and pages a friendly page, except
     * what the second-level cache holds (a certificate checked before); once it is back, everything answers again. The outage is made by locking the application's database account and
     * cutting its connections (as MariaDB's root on the project's private server).
     */
    @Test
    void anUnavailableDatabaseIs503AndRecovers() throws Exception {
        String url = System.getProperty("medsec.db.url", "jdbc:mariadb://127.0.0.1:3307/medsec_test");
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        Connection root;
        try {
            root = DriverManager.getConnection(serverUrl, "root", "");
        } catch (SQLException e) {
            Assumptions.abort("MariaDB's root is not reachable without a password here (not the project's own server)");
            return;
        }
        try (root; Statement sql = root.createStatement()) {
            assertEquals(200, new WebClient().get("/api/v1/verify/HIT-00000002").statusCode());
            long mark = ServerLog.mark();
            try {
                sql.execute("ALTER USER 'medsec'@'127.0.0.1' ACCOUNT LOCK");
                sql.execute("ALTER USER 'medsec'@'localhost' ACCOUNT LOCK");
                List<Long> sessions = new ArrayList<>();
                try (ResultSet rs = sql.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'medsec'")) {
                    while (rs.next()) {
                        sessions.add(rs.getLong(1));
                    }
                }
                for (long id : sessions) {
                    try {
                        sql.execute("KILL CONNECTION " + id);
                    } catch (SQLException gone) {
                        // it ended by itself meanwhile
                    }
                }
                // A certificate checked before is answered from the second-level cache, database or not; one never
                // checked needs the database.
                assertEquals(200, new WebClient().get("/api/v1/verify/HIT-00000002").statusCode(), "from the cache");
                HttpResponse<String> api = new WebClient().get("/api/v1/verify/HIT-09999997");
                assertEquals(503, api.statusCode(), api.body());
                assertEquals("unavailable", WebClient.json(api).getString("error"));
                assertTrue(api.headers().firstValue("Retry-After").isPresent());
                HttpResponse<String> page = new WebClient().get("/verify.xhtml?n=HIT-09999998");
                assertEquals(503, page.statusCode());
                assertTrue(page.body().contains("データベースに接続できません"), "a friendly page");
                assertFalse(WebClient.showsStackTrace(page.body()));
            } finally {
                sql.execute("ALTER USER 'medsec'@'127.0.0.1' ACCOUNT UNLOCK");
                sql.execute("ALTER USER 'medsec'@'localhost' ACCOUNT UNLOCK");
            }
            HttpResponse<String> back = null;
            for (int attempt = 0; attempt < 20; attempt++) {
                back = new WebClient().get("/api/v1/verify/HIT-00000002");
                if (back.statusCode() == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals(200, back.statusCode(), "answers again once the database is back: " + back.body());
            assertFalse(ServerLog.since(mark).contains("API request failed"), "an outage is not logged as a failed request");
        }
    }

    /** Item 10: many requests of one session at once (tabs, double clicks) all render. */
    @Test
    void concurrentRequestsOfOneSessionAllSucceed() throws Exception {
        WebClient officer = new WebClient();
        assertEquals(302, officer.signIn("officer", "medsec-officer").statusCode());
        List<HttpResponse<String>> pages = officer.getAtOnce("/institution/home.xhtml", 64);
        for (HttpResponse<String> page : pages) {
            assertEquals(200, page.statusCode(), page.body().length() > 300 ? page.body().substring(0, 300) : page.body());
            assertTrue(page.body().contains("指導的な立場の医療機関"));
        }
    }

    /** Item 11: refusals are the caller's answer, not server errors: nothing at ERROR, no stack trace in the log. */
    @Test
    void refusalsAreNotLoggedAsErrors() throws Exception {
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        WebClient officer = new WebClient();
        officer.signIn("officer", "medsec-officer");
        long mark = ServerLog.mark();
        assertEquals(404, staff.get("/staff/institution.xhtml?id=999999999").statusCode(), "NotFound");
        assertEquals(404, staff.get("/staff/person.xhtml?id=999999999").statusCode(), "NotFound");
        HttpResponse<String> page = officer.get("/account/password.xhtml");
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("passwordForm:current", "not-the-password");
        wrong.put("passwordForm:next", "another-password-1");
        wrong.put("passwordForm:repeated", "another-password-1");
        assertTrue(officer.click(page, "passwordForm", "passwordForm:change", wrong).body().contains("現在のパスワードが正しくありません"),
                "a RuleViolation shown on the form");
        TestDatabase.update("UPDATE user_account SET failed_attempts = 0 WHERE username = 'officer'");
        String log = ServerLog.since(mark);
        assertFalse(log.contains("WFLYEJB0034"), "no 'invocation failed': " + log);
        assertFalse(log.contains(" ERROR ") || log.contains("SEVERE"), log);
        assertFalse(log.contains("\tat "), "no stack trace: " + log);
    }

    /** Item 9: text in a number field is a message on the form (anonymous self-check and the holder's profile). */
    @Test
    void textInNumberFieldsIsAMessageOnTheForm() throws Exception {
        WebClient visitor = new WebClient();
        HttpResponse<String> page = visitor.get("/self-check.xhtml");
        Map<String, String> years = new LinkedHashMap<>();
        years.put("selfCheckForm:senju_input", "abc");
        years.put("selfCheckForm:senju_hinput", "abc");
        HttpResponse<String> answer = visitor.ajax(page, "selfCheckForm", "selfCheckForm:check",
                "selfCheckForm:check selfCheckForm:senju", "selfCheckForm:result selfCheckForm:messages", years);
        assertEquals(200, answer.statusCode());
        assertFalse(answer.body().contains("<error>"), answer.body());
        assertFalse(answer.body().contains("java.lang."), answer.body());
        assertTrue(answer.body().contains("数値を入力してください"), answer.body());

        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        HttpResponse<String> profile = holder.get("/holder/personnel.xhtml");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("personnelForm:other_input", "1e999999999x");
        other.put("personnelForm:other_hinput", "1e999999999x");
        HttpResponse<String> saved = holder.ajax(profile, "personnelForm", "personnelForm:save",
                "personnelForm:save personnelForm:other", "personnelForm", other);
        assertFalse(saved.body().contains("<error>") || saved.body().contains("java.lang."), saved.body());
        assertTrue(saved.body().contains("数値を入力してください"), saved.body());
    }

    /** Item 9: a directory page asked for at a negative or enormous offset is no exception. */
    @Test
    void tablePagesOutOfRangeAreNoException() throws Exception {
        for (String first : new String[]{"-20", "99999999999999", "abc"}) {
            WebClient visitor = new WebClient();
            HttpResponse<String> page = visitor.get("/directory.xhtml");
            Map<String, String> paging = new LinkedHashMap<>();
            paging.put("directoryForm:entries_pagination", "true");
            paging.put("directoryForm:entries_first", first);
            paging.put("directoryForm:entries_rows", "20");
            paging.put("directoryForm:entries_skipChildren", "true");
            paging.put("directoryForm:entries_encodeFeature", "true");
            HttpResponse<String> answer = visitor.ajax(page, "directoryForm", "directoryForm:entries",
                    "directoryForm:entries", "directoryForm:entries", paging);
            assertEquals(200, answer.statusCode(), first);
            assertFalse(answer.body().contains("<error>"), first + ": " + answer.body());
            assertFalse(answer.body().contains("java.lang."), first + ": " + answer.body());
        }
    }

    /** Item 9: an attendance certificate for a period starting before 1873 is a message, not a 500. */
    @Test
    void attendanceCertificatesBefore1873AreRefusedOnTheForm() throws Exception {
        WebClient holder = new WebClient();
        holder.signIn("holder", "medsec-holder");
        HttpResponse<String> home = holder.get("/holder/home.xhtml?tab=documents");
        String body = "mineForm=mineForm&mineForm%3Afrom_input=1800-01-01&mineForm%3Ato_input=1801-01-01"
                + "&mineForm%3AattendancePdf=&" + WebClient.formTokens(home.body().substring(home.body().indexOf("id=\"mineForm\"")));
        HttpResponse<String> answer = holder.send("POST", "/holder/home.xhtml?tab=documents", "application/x-www-form-urlencoded", body);
        assertEquals(200, answer.statusCode(), answer.body().length() > 500 ? answer.body().substring(0, 500) : answer.body());
        assertTrue(answer.body().contains("明治6年1月1日"), "the form says from when");
        assertEquals(400, holder.get("/holder/documents/attendance?from=1800-01-01&to=1801-01-01").statusCode(),
                "the download itself refuses too");
    }

    /** Item 12: the language switch on the verify page keeps the number it was opened with. */
    @Test
    void theVerifyPageKeepsItsNumberAcrossTheLanguageSwitch() throws Exception {
        WebClient visitor = new WebClient();
        HttpResponse<String> page = visitor.get("/verify.xhtml?n=HIT-00000002");
        assertTrue(page.body().contains("id=\"verifiedNumber\">HIT-00000002"), "found before the switch");
        String body = "headerForm=headerForm&headerForm%3AlangEn=headerForm%3AlangEn&" + WebClient.formTokens(page.body());
        String action = page.body().replaceAll("(?s).*<form id=\"headerForm\"[^>]*action=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        HttpResponse<String> english = visitor.send("POST", action, "application/x-www-form-urlencoded", body);
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("lang=\"en\""), "now in English");
        assertTrue(english.body().contains("id=\"verifiedNumber\">HIT-00000002"), "still the same certificate");
        assertFalse(english.body().contains("No certificate"), "not 'not registered'");
    }

}
