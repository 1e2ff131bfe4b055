package jp.medsec.ui;

import jp.medsec.it.TestDatabase;
import jp.medsec.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every page of the product as each role sees it, in English and in Japanese, at 1400 px and at a phone's
 * 390 px, and fails on what a reader should never meet: a code of the program (an enum token such as
 * {@code RENEWAL_DUE} or {@code STARTED}) anywhere on the page; Japanese left in an English page's labels, or English
 * words in a Japanese page's labels; a page wider than a phone. Data stays as it is: what the database holds (names,
 * seed texts) is marked with its language ({@code lang="ja"}) and is not a label. Screenshots of every page at both
 * widths are kept under target/screenshots/pages.
 */
class PlainWordsUiIT extends BrowserTestBase {

    /** Upper-case words that are names, not codes. */
    private static final Set<String> ALLOWED_UPPER = Set.of("CISO", "ISMS", "JAHIS", "MEDIS", "CEPTOAR", "JPCERT",
            "HTTPS", "JPEG", "XLSX", "MIIS", "NISC", "UTF", "MHLW", "JAMI");
    /** Words of English a Japanese page may hold: the product's name, the switch to English, loan words written so. */
    private static final Set<String> ALLOWED_ENGLISH = Set.of("MedSec", "Registry", "English", "Learning", "Group", "Webinar",
            "CISO", "ISMS", "JAHIS", "MEDIS", "CEPTOAR", "HTTPS", "JPEG", "XLSX", "MIIS", "Excel", "Atom", "Zoom", "Teams", "learning");

    /**
     * A code: upper-case with underscores, or four capitals and more. Bounded by what is not a Latin letter or digit
     * (Java's \\b counts kana and kanji as letters, so a code written against Japanese, "GATE確認", would hide).
     */
    private static final Pattern ENUM = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})(?![A-Za-z0-9_])");
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("\\b[A-Z]{2,5}-\\d{4,}\\b");
    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff5e]+");
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Za-z]{4,}(?![A-Za-z0-9_])");

    /** The text a reader sees, without what is marked as data in another language. */
    private static final String VISIBLE_TEXT = "const skip = arguments[0];"
            + "const clone = document.body.cloneNode(true);"
            + "clone.querySelectorAll('script, style, [hidden], .ui-helper-hidden-accessible, ' + skip).forEach(e => e.remove());"
            // A detached clone's text runs cells together ("GATE" + "確認の前提"): every element ends with a space.
            + "clone.querySelectorAll('*').forEach(e => e.append(' '));"
            + "return clone.innerText || clone.textContent;";
    /** The labels: headings, column heads, field labels, buttons, the menu, hints, messages. */
    private static final String LABEL_TEXT = "const skip = arguments[0]; const out = [];"
            + "document.querySelectorAll('h1, h2, h3, th, label, legend, button, .ms-nav a, .ui-paginator-current, "
            + ".ms-muted, .ui-messages, .ui-datatable-empty-message, dt, .ms-queue-item, .ui-tabs-header')"
            + ".forEach(e => { if (e.closest(skip)) return; const c = e.cloneNode(true);"
            + "c.querySelectorAll(skip).forEach(x => x.remove()); const t = (c.innerText || c.textContent).trim();"
            + "if (t) out.push(t); }); return out.join('\\n');";

    /** The innermost elements that reach beyond the screen's right edge, to name in a failure. */
    private static final String WIDE = "const w = document.documentElement.clientWidth; const free = [], clipped = [];"
            + "const over = e => e.getBoundingClientRect().right > w + 1;"
            + "document.querySelectorAll('body *').forEach(e => { if (over(e) && getComputedStyle(e).display !== 'none'"
            + " && ![...e.children].some(over)) { let p = e.parentElement, inside = false;"
            + " while (p) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { inside = true; break; } p = p.parentElement; }"
            + " const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '');"
            + " (inside ? clipped : free).push(name); } });"
            + "return free.slice(0, 4).concat(clipped.slice(0, 2).map(n => '(inside a scroller) ' + n)).join(', ');";

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageSpeaksPlainlyInBothLanguagesAndFitsAPhone() throws Exception {
        walk(null, null, publicPages());
        walk("holder", "medsec-holder", holderPages());
        walk("officer", "medsec-officer", officerPages());
        walk("staff", "medsec-staff", staffPages());
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void walk(String username, String password, Map<String, String> pages) throws Exception {
        for (String language : List.of("en", "ja")) {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new Dimension(1400, 1000));
            if (username != null) {
                signIn(username, password);
            } else {
                driver.get(WebClient.BASE + "/index.xhtml");
            }
            if (language.equals("en")) {
                english();
            }
            String role = username == null ? "public" : username;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                if (page.getValue().endsWith("=null")) {
                    continue; // no such record in this database (e.g. no event yet)
                }
                driver.manage().window().setSize(new Dimension(1400, 1000));
                open(page.getValue());
                String where = role + " " + language + " " + page.getValue();
                if (!driver.findElements(By.id("errorMessage")).isEmpty()) {
                    problems.add(where + ": an error page instead (" + driver.findElement(By.id("errorMessage")).getText() + ")");
                }
                read(where, language);
                Long wide = (Long) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (wide != null && wide > 1) {
                    problems.add(where + ": " + wide + " px wider than a 1400 px window, by " + driver.executeScript(WIDE));
                }
                Browser.screenshot(driver, "pages/" + role + "-" + page.getKey() + "-" + language + "-1400");
                driver.manage().window().setSize(new Dimension(390, 844));
                Long overflow = (Long) driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                if (overflow != null && overflow > 1) {
                    problems.add(where + ": " + overflow + " px wider than a phone, by " + driver.executeScript(WIDE));
                }
                Browser.screenshot(driver, "pages/" + role + "-" + page.getKey() + "-" + language + "-390");
            }
        }
    }

    private void open(String path) {
        driver.get(WebClient.BASE + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.ms-main, body")));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    private void read(String where, String language) {
        String skipOther = language.equals("en") ? "[lang=ja]" : "[lang=en]";
        String text = (String) driver.executeScript(VISIBLE_TEXT, "[lang=ja], [lang=en], .ms-code, .ms-cert-number, "
                + ".ui-button-icon-only .ui-button-text");
        text = CERTIFICATE_NUMBER.matcher(text).replaceAll(" ");
        Set<String> codes = new TreeSet<>();
        Matcher enums = ENUM.matcher(text);
        while (enums.find()) {
            if (!ALLOWED_UPPER.contains(enums.group())) {
                codes.add(enums.group() + " in «" + text.substring(Math.max(0, enums.start() - 30),
                        Math.min(text.length(), enums.end() + 10)).replace('\n', ' ') + "»");
            }
        }
        if (!codes.isEmpty()) {
            problems.add(where + ": codes on screen " + codes);
        }
        String labels = (String) driver.executeScript(LABEL_TEXT, skipOther + ", .ms-data, .ms-code, .ms-cert-number, "
                + ".ui-button-icon-only .ui-button-text");
        Set<String> foreign = new TreeSet<>();
        Matcher words = (language.equals("en") ? JAPANESE : ENGLISH_WORD).matcher(labels);
        while (words.find()) {
            if (language.equals("en") || !ALLOWED_ENGLISH.contains(words.group())) {
                foreign.add(words.group() + " in «" + labels.substring(Math.max(0, words.start() - 20),
                        Math.min(labels.length(), words.end() + 10)).replace('\n', ' ') + "»");
            }
        }
        if (!foreign.isEmpty()) {
            problems.add(where + ": " + (language.equals("en") ? "Japanese" : "English") + " in labels " + foreign);
        }
    }

    private static Map<String, String> publicPages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index", "/index.xhtml");
        pages.put("verify", "/verify.xhtml?n=" + TestDatabase.scalar("SELECT c.certificate_number FROM certification c "
                + "JOIN user_account a ON a.holder_id = c.holder_id WHERE a.username = 'holder' AND c.type = 'HIT'"));
        pages.put("directory", "/directory.xhtml");
        pages.put("self-check", "/self-check.xhtml");
        pages.put("advisory", "/advisory.xhtml?id=" + TestDatabase.scalar("SELECT MIN(id) FROM advisory"));
        pages.put("login", "/login.xhtml");
        return pages;
    }

    private static Map<String, String> holderPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/holder/home.xhtml");
        pages.put("home-points", "/holder/home.xhtml?tab=points");
        pages.put("home-renewal", "/holder/home.xhtml?tab=renewal");
        pages.put("home-documents", "/holder/home.xhtml?tab=documents");
        pages.put("personnel", "/holder/personnel.xhtml");
        pages.put("password", "/account/password.xhtml");
        return pages;
    }

    private static Map<String, String> officerPages() throws Exception {
        String institution = "(SELECT institution_id FROM user_account WHERE username = 'officer')";
        Map<String, String> pages = new LinkedHashMap<>();
        for (String page : List.of("home", "checklist", "peer-checks", "training", "consultations", "meetings", "onsite",
                "advisories", "incidents")) {
            pages.put(page, "/institution/" + page + ".xhtml");
        }
        pages.put("audit", "/institution/audit.xhtml?id=" + TestDatabase.scalar("SELECT MAX(id) FROM audit WHERE institution_id = "
                + institution));
        pages.put("meeting", "/institution/meeting.xhtml?id=" + TestDatabase.scalar("SELECT MIN(id) FROM meeting WHERE "
                + "host_id = " + institution));
        pages.put("incident", "/institution/incident.xhtml?id=" + TestDatabase.scalar("SELECT MIN(i.id) FROM incident i "
                + "WHERE i.institution_id = " + institution + " OR i.supporter_id = " + institution));
        return pages;
    }

    private static Map<String, String> staffPages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String page : List.of("dashboard", "holders", "institutions", "regions", "peer-checks", "security-checks",
                "personnel", "training", "events", "meetings", "advisories", "incidents", "claims", "renewals", "passers",
                "jobs", "mail", "findings")) {
            pages.put(page, "/staff/" + page + ".xhtml");
        }
        String holder = TestDatabase.scalar("SELECT holder_id FROM user_account WHERE username = 'holder'");
        pages.put("holder", "/staff/holder.xhtml?id=" + holder);
        pages.put("search", "/staff/search.xhtml?q=" + java.net.URLEncoder.encode(TestDatabase.scalar(
                "SELECT family_name FROM holder WHERE id = " + holder), java.nio.charset.StandardCharsets.UTF_8));
        pages.put("person", "/staff/person.xhtml?id=" + holder);
        String institution = TestDatabase.scalar("SELECT institution_id FROM user_account WHERE username = 'officer'");
        pages.put("institution", "/staff/institution.xhtml?id=" + institution);
        pages.put("checklist", "/staff/checklist.xhtml?id=" + institution);
        pages.put("audit", "/staff/audit.xhtml?id=" + TestDatabase.scalar("SELECT MAX(id) FROM audit WHERE institution_id = "
                + institution));
        pages.put("event", "/staff/event.xhtml?id=" + TestDatabase.scalar("SELECT MIN(id) FROM event"));
        pages.put("checkin", "/staff/checkin.xhtml?event=" + TestDatabase.scalar("SELECT MIN(id) FROM event"));
        pages.put("meeting", "/staff/meeting.xhtml?id=" + TestDatabase.scalar("SELECT MIN(id) FROM meeting"));
        pages.put("advisory", "/staff/advisory.xhtml?id=" + TestDatabase.scalar("SELECT MIN(id) FROM advisory"));
        pages.put("incident", "/staff/incident.xhtml?id=" + TestDatabase.scalar("SELECT MIN(id) FROM incident"));
        return pages;
    }
}
