package jp.medsec.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see what (DESIGN.md section 6), against the EAR as it ships: pages, API, sign-in, headers. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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
        // the same browser session on the API
        HttpResponse<String> api = web.get("/api/v1/holders");
        assertEquals(403, api.statusCode());
        assertEquals("forbidden", WebClient.json(api).getString("error"));
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
        assertEquals(403, web.get("/api/v1/holders/1").statusCode());
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

    @Test
    void wrongPasswordsAreReportedAndTheFifthLocksTheAccount() throws Exception {
        String username = TestDatabase.newAccount("STAFF", "right-password-1");
        WebClient web = new WebClient();
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> page = web.signIn(username, "wrong-" + attempt);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("ユーザー名またはパスワードが違います"), "attempt " + attempt);
        }
        HttpResponse<String> fifth = web.signIn(username, "wrong-5");
        assertTrue(fifth.body().contains("ロックされています"), "the fifth failure locks");
        HttpResponse<String> right = web.signIn(username, "right-password-1");
        assertEquals(200, right.statusCode(), "the right password is refused while locked");
        assertTrue(right.body().contains("ロックされています"));
        assertEquals("5", TestDatabase.scalar("SELECT failed_attempts FROM user_account WHERE username = '" + username + "'"));
        assertEquals(401, new WebClient().get("/api/v1/holders", "Authorization", WebClient.basic(username, "right-password-1"))
                .statusCode(), "locked for the API too");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        WebClient web = new WebClient();
        web.signIn("staff", "medsec-staff");
        assertEquals(200, web.get("/staff/dashboard.xhtml").statusCode());
        HttpResponse<String> dashboard = web.get("/staff/dashboard.xhtml");
        String body = "headerForm=headerForm&headerForm%3Alogout=&" + WebClient.formTokens(dashboard.body());
        HttpResponse<String> out = web.send("POST", "/staff/dashboard.xhtml", "application/x-www-form-urlencoded", body);
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
        assertEquals(302, web.get("/staff/dashboard.xhtml").statusCode(), "signed out");
    }

    @Test
    void aFormPostWithoutTheViewStateTokenIsRefused() throws Exception {
        WebClient web = new WebClient();
        web.signIn("staff", "medsec-staff");
        HttpResponse<String> forged = web.send("POST", "/staff/dashboard.xhtml", "application/x-www-form-urlencoded",
                "headerForm=headerForm&headerForm%3Alogout=&jakarta.faces.ViewState=forged");
        assertEquals(400, forged.statusCode(), "a forged form is refused, not obeyed");
        assertFalse(WebClient.showsStackTrace(forged.body()));
        assertEquals(200, web.get("/staff/dashboard.xhtml").statusCode(), "still signed in");
    }

    @Test
    void protectedViewsOpenOnlyWithTheirToken() throws Exception {
        WebClient web = new WebClient();
        web.signIn("staff", "medsec-staff");
        HttpResponse<String> direct = web.get("/staff/holder.xhtml?id=1");
        assertEquals(403, direct.statusCode());
        assertTrue(direct.body().contains("アプリケーション内のリンクからのみ"));
        HttpResponse<String> search = web.get("/staff/holders.xhtml");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([^\"]*/staff/holder\\.xhtml\\?[^\"]*)\"")
                .matcher(search.body());
        assertTrue(link.find(), "the search links to holder pages");
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.contains("jakarta.faces.Token="), href);
        HttpResponse<String> detail = web.get(href, "Referer", WebClient.BASE + "/staff/holders.xhtml");
        assertEquals(200, detail.statusCode());
        assertTrue(detail.body().contains("変更履歴"));
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
