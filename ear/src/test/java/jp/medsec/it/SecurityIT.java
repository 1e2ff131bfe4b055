package jp.medsec.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see what (DESIGN.md section 6), against the EAR as it ships: pages, API, sign-in, headers. */
class SecurityIT {

    private static final String FAILED = "ユーザー名またはパスワードが違います";


    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        WebClient web = new WebClient();
        for (String page : new String[]{"/staff/dashboard.xhtml", "/staff/holders.xhtml", "/holder/home.xhtml",
                "/institution/home.xhtml"}) {
            HttpResponse<String> response = web.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
        assertEquals(200, web.get("/login.xhtml").statusCode());
    }

    @Test
    void afterSignInTheAskedForPageOpens() throws Exception {
        WebClient web = new WebClient();
        web.get("/staff/holders.xhtml");
        HttpResponse<String> signedIn = web.signIn("staff", "medsec-staff");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/staff/holders.xhtml"));
        HttpResponse<String> page = web.get("/staff/holders.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("資格保有者の検索"));
    }

    @Test
    void aHolderIsRefusedStaffPagesAndEndpoints() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> signedIn = web.signIn("holder", "medsec-holder");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/holder/home.xhtml"));
        assertEquals(200, web.get("/holder/home.xhtml").statusCode());
        HttpResponse<String> staffPage = web.get("/staff/dashboard.xhtml");
        assertEquals(403, staffPage.statusCode());
        assertTrue(staffPage.body().contains("このページを表示する権限がありません"));
        assertFalse(WebClient.showsStackTrace(staffPage.body()), "no stack trace");
        assertEquals(403, web.get("/institution/home.xhtml").statusCode());
        // the same browser session on the API: the API never reads the page session (issue 9 item 1)
        HttpResponse<String> api = web.get("/api/v1/holders");
        assertEquals(401, api.statusCode());
        assertEquals("unauthorized", WebClient.json(api).getString("error"));
        // and with Basic credentials
        HttpResponse<String> basic = new WebClient().get("/api/v1/holders", "Authorization", WebClient.basic("holder", "medsec-holder"));
        assertEquals(403, basic.statusCode());
        assertEquals("forbidden", WebClient.json(basic).getString("error"));
    }

    @Test
    void anOfficerSeesOnlyTheirInstitutionPages() throws Exception {
        WebClient web = new WebClient();
        web.signIn("officer", "medsec-officer");
        HttpResponse<String> home = web.get("/institution/home.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("指導的な立場の医療機関"), "the officer's hospital is a LEADING one");
        assertEquals(403, web.get("/staff/holders.xhtml").statusCode());
        assertEquals(403, web.get("/holder/home.xhtml").statusCode());
        assertEquals(401, web.get("/api/v1/holders/1").statusCode(), "the API does not take the page session");
        assertEquals(403, new WebClient().get("/api/v1/holders/1", "Authorization", WebClient.basic("officer", "medsec-officer"))
                .statusCode());
    }

    @Test
    void theApiAnswers401WithoutCredentialsAnd401ForWrongOnes() throws Exception {
        HttpResponse<String> none = new WebClient().get("/api/v1/holders");
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", WebClient.json(none).getString("error"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = new WebClient().get("/api/v1/holders", "Authorization", WebClient.basic("staff", "wrong"));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> staff = new WebClient().get("/api/v1/holders?size=5", "Authorization",
                WebClient.basic("staff", "medsec-staff"));
        assertEquals(200, staff.statusCode());
        assertEquals(5, WebClient.json(staff).getJsonArray("items").size());
    }

    /** Issue 9 item 4: one answer for wrong, unknown and locked; an address that keeps failing waits; nobody locks staff out. */
    @Test
    void failedSignInsBackOffPerAddressAndTellNothingOfAccounts() throws Exception {
        String username = TestDatabase.newAccount("STAFF", "right-password-1");
        WebClient attacker = new WebClient();
        String wrong = attacker.signIn(username, "wrong-1").body();
        String unknown = attacker.signIn("no-such-" + username, "wrong-2").body();
        assertTrue(wrong.contains(FAILED), "wrong password");
        assertTrue(unknown.contains(FAILED), "unknown user name: the same sentence");
        for (int attempt = 3; attempt <= 5; attempt++) {
            assertTrue(attacker.signIn(username, "wrong-" + attempt).body().contains(FAILED), "attempt " + attempt);
        }
        HttpResponse<String> sixth = attacker.signIn(username, "right-password-1");
        assertEquals(200, sixth.statusCode(), "even the right password waits: the address is backing off");
        assertTrue(sixth.body().contains("このネットワークからのログインは"), "the address is told it must wait");
        assertTrue(attacker.signIn("no-such-" + username, "x").body().contains("このネットワークからのログインは"),
                "an unknown name gets the same answer, so waiting tells nothing of accounts");
        HttpResponse<String> api = attacker.get("/api/v1/holders", "Authorization", WebClient.basic(username, "right-password-1"));
        assertEquals(429, api.statusCode(), "the API backs off for the same address");
        assertEquals("too_many_requests", WebClient.json(api).getString("error"));
        assertTrue(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow()) > 0);

        assertEquals("4", TestDatabase.scalar("SELECT failed_attempts FROM user_account WHERE username = '" + username + "'"),
                "four wrong passwords for this account were checked; the refused attempts never reached the check");
        HttpResponse<String> owner = new WebClient().signIn(username, "right-password-1");
        assertEquals(302, owner.statusCode(), "the owner, from another address, is not locked out");
        assertEquals(200, new WebClient().get("/api/v1/holders?size=1", "Authorization",
                WebClient.basic(username, "right-password-1")).statusCode());
        assertEquals("0", TestDatabase.scalar("SELECT failed_attempts FROM user_account WHERE username = '" + username + "'"));
    }

    /** Issue 9 item 4: only a run of failures from many addresses locks an account, and then it says no more than before. */
    @Test
    void manyFailuresLockTheAccountWithTheSameAnswer() throws Exception {
        String username = TestDatabase.newAccount("STAFF", "right-password-1");
        TestDatabase.update("UPDATE user_account SET failed_attempts = 19 WHERE username = '" + username + "'");
        assertTrue(new WebClient().signIn(username, "wrong").body().contains(FAILED));
        HttpResponse<String> locked = new WebClient().signIn(username, "right-password-1");
        assertEquals(200, locked.statusCode(), "the twentieth failure in a row locks the account");
        assertTrue(locked.body().contains(FAILED) && !locked.body().contains("ロック"), "the answer does not say locked");
        assertEquals(401, new WebClient().get("/api/v1/holders", "Authorization", WebClient.basic(username, "right-password-1"))
                .statusCode(), "locked for the API too");
    }

    /** Issue 9 item 1: a Basic call stands alone, and leaves no session behind. */
    @Test
    void basicCallsCreateNoSessionAndIgnoreThePageSession() throws Exception {
        HttpResponse<String> basic = new WebClient().get("/api/v1/holders?size=1", "Authorization",
                WebClient.basic("staff", "medsec-staff"));
        assertEquals(200, basic.statusCode());
        assertTrue(basic.headers().allValues("Set-Cookie").isEmpty(), "no session: " + basic.headers().allValues("Set-Cookie"));
        HttpResponse<String> failed = new WebClient().get("/api/v1/holders", "Authorization", WebClient.basic("staff", "wrong"));
        assertTrue(failed.headers().allValues("Set-Cookie").isEmpty());
    }

    /**
     * Issue 9 item 1: a hostile page can make a signed-in staff member's browser post a form (with the session cookie,
     * as a form body) to every unsafe API method: none of them runs.
     */
    @Test
    void crossSiteFormPostsWithAStaffSessionRunNothing() throws Exception {
        WebClient browser = new WebClient();
        assertEquals(302, browser.signIn("staff", "medsec-staff").statusCode());
        String executions = TestDatabase.scalar("SELECT COUNT(*) FROM JOB_EXECUTION");
        String lastExecution = TestDatabase.scalarOrNull("SELECT MAX(JOBEXECUTIONID) FROM JOB_EXECUTION");
        String[] unsafe = {"/api/v1/jobs/certification-expiry?today=2040-01-01", "/api/v1/jobs/renewal-reminders",
                "/api/v1/jobs/executions/" + (lastExecution == null ? "1" : lastExecution) + "/restart",
                "/api/v1/self-check/classification", "/api/v1/self-check/curriculum", "/api/v1/self-check/tier",
                "/api/v1/vendor-forms/forged-token"};
        // the three body types an HTML form (or a no-CORS fetch) can send across sites, then none at all
        String[][] forms = {{"application/x-www-form-urlencoded", "a=b"}, {"multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"}, {"text/plain", "{\"a\":1}"},
                {null, null}};
        for (String path : unsafe) {
            for (String[] form : forms) {
                HttpResponse<String> response = browser.send("POST", path, form[0], form[1],
                        "Origin", "https://attacker.example", "Referer", "https://attacker.example/page.html");
                assertTrue(response.statusCode() == 415 || response.statusCode() == 401, path + " " + form[0] + ": "
                        + response.statusCode() + " " + response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            }
            // even with a JSON type (which a browser could only send after a CORS preflight this API never allows)
            // the session cookie alone signs nobody in
            if (path.startsWith("/api/v1/jobs")) {
                assertEquals(401, browser.send("POST", path, "application/json", null).statusCode(), path);
            }
        }
        assertEquals(executions, TestDatabase.scalar("SELECT COUNT(*) FROM JOB_EXECUTION"), "no job was started");
    }

    /** Issue 9 item 2: the session cookie is SameSite=Lax (and HttpOnly). */
    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        HttpResponse<String> login = new WebClient().get("/login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + login.headers().map()));
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    /** Issue 9 item 4: a wrong current password counts like a failed sign-in; a change ends the other sessions. */
    @Test
    void passwordChangesCountWrongPasswordsAndEndOtherSessions() throws Exception {
        String username = TestDatabase.newAccount("STAFF", "right-password-1");
        WebClient other = new WebClient();
        assertEquals(302, other.signIn(username, "right-password-1").statusCode());
        assertEquals(200, other.get("/staff/dashboard.xhtml").statusCode());
        WebClient web = new WebClient();
        assertEquals(302, web.signIn(username, "right-password-1").statusCode());
        for (int attempt = 1; attempt <= 5; attempt++) {
            String answer = changePassword(web, "wrong-" + attempt, "a-new-password-1");
            assertTrue(answer.contains("現在のパスワード") || answer.contains("current"), "attempt " + attempt + ": " + answer);
        }
        assertEquals("5", TestDatabase.scalar("SELECT failed_attempts FROM user_account WHERE username = '" + username + "'"),
                "each wrong current password counted for the account");
        assertTrue(changePassword(web, "right-password-1", "a-new-password-1").contains("このネットワークからのログインは"),
                "the address backs off after five, as for sign-in");

        WebClient fresh = new WebClient();
        assertEquals(302, fresh.signIn(username, "right-password-1").statusCode());
        assertTrue(changePassword(fresh, "right-password-1", "a-new-password-1").contains("パスワードを変更しました"));
        assertEquals(200, fresh.get("/staff/dashboard.xhtml").statusCode(), "the session that changed it stays signed in");
        HttpResponse<String> ended = other.get("/staff/dashboard.xhtml");
        assertEquals(302, ended.statusCode(), "the other session was ended by the change");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(302, web.get("/staff/dashboard.xhtml").statusCode(), "and so was the third");
        assertEquals(302, new WebClient().signIn(username, "a-new-password-1").statusCode());
    }

    private static String changePassword(WebClient web, String current, String next) throws Exception {
        HttpResponse<String> page = web.get("/account/password.xhtml");
        assertEquals(200, page.statusCode());
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("passwordForm:current", current);
        fields.put("passwordForm:next", next);
        fields.put("passwordForm:repeated", next);
        return web.click(page, "passwordForm", "passwordForm:change", fields).body();
    }

    /**
     * Holder pages can be bookmarked and shared among staff (issue 14: deep links): the role check guards them, not a
     * token in the link; their actions stay safe from forged posts, since a post needs the view's own random state.
     */
    @Test
    void holderPagesOpenFromALinkForStaffOnlyAndTheirActionsNeedTheViewsState() throws Exception {
        Fixtures.Holder person = Fixtures.hitHolder();
        String status = "SELECT status FROM certification WHERE certificate_number = '" + person.certificateNumber() + "'";
        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> page = staff.get("/staff/holder.xhtml?id=" + person.id());
        assertEquals(200, page.statusCode(), "a bookmarked holder page opens");
        assertTrue(page.body().contains("変更履歴") && page.body().contains(person.certificateNumber()));

        for (String[] other : new String[][]{{"holder", "medsec-holder"}, {"officer", "medsec-officer"}}) {
            WebClient web = new WebClient();
            web.signIn(other[0], other[1]);
            assertEquals(403, web.get("/staff/holder.xhtml?id=" + person.id()).statusCode(), other[0]);
        }
        assertEquals(302, new WebClient().get("/staff/holder.xhtml?id=" + person.id()).statusCode(), "anonymous: sign in first");

        // A post with a forged view state (what another site could make the browser send) changes nothing.
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("<form id=\"adminForm\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(action.find());
        String revoke = "adminForm:certifications:0:revoke";
        String forged = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + revoke + "&jakarta.faces.partial.execute="
                + java.net.URLEncoder.encode(revoke + " adminForm:reason", java.nio.charset.StandardCharsets.UTF_8)
                + "&jakarta.faces.partial.render=adminForm&" + revoke + "=" + revoke + "&adminForm=adminForm"
                + "&adminForm%3Areason=forged&jakarta.faces.ViewState=-1234567890123456789%3A-987654321";
        long mark = ServerLog.mark();
        HttpResponse<String> refused = staff.send("POST", action.group(1).replace("&amp;", "&"),
                "application/x-www-form-urlencoded; charset=UTF-8", forged, "Faces-Request", "partial/ajax");
        assertTrue(refused.statusCode() < 500, "refused, not failed: " + refused.statusCode());
        assertEquals("ACTIVE", TestDatabase.scalar(status), "a forged post revokes nothing");
        String log = ServerLog.since(mark);
        assertFalse(log.contains("SEVERE") || log.contains(" ERROR "), "a refused request is not an error: " + log);

        // The page's own post does.
        HttpResponse<String> done = staff.click(page, "adminForm", revoke, Map.of("adminForm:reason", "虚偽の申請が判明したため"));
        assertEquals(200, done.statusCode());
        assertEquals("REVOKED", TestDatabase.scalar(status));
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndNoStackTrace() throws Exception {
        WebClient web = new WebClient();
        for (String path : new String[]{"/login.xhtml", "/api/v1/verify/HIT-00000001", "/no-such-page.xhtml"}) {
            HttpResponse<String> response = web.get(path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertFalse(WebClient.showsStackTrace(response.body()), path);
        }
        assertEquals(404, web.get("/no-such-page.xhtml").statusCode());
        HttpResponse<String> login = web.get("/login.xhtml");
        assertTrue(login.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("nonce-")),
                "PrimeFaces' nonce policy on pages");
    }
}
