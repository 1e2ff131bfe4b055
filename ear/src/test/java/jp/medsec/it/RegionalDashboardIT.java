package jp.medsec.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regional dashboard against the demo data: the LEADING goal per prefecture, tiers, open and overdue findings. */
class RegionalDashboardIT {


    @Test
    void theDemoDataHasEveryTierAuditsWithOverdueFindingsAndAPrefectureWithoutALeadingHospital() throws Exception {
        assertEquals("3", TestDatabase.scalar("SELECT COUNT(DISTINCT tier) FROM institution"));
        assertTrue(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM audit WHERE started_by = 'demo-data'")) >= 20);
        assertTrue(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM finding WHERE state IN ('OPEN', 'IN_PROGRESS') "
                + "AND due_date < CURDATE()")) > 0, "some findings are overdue");
        assertTrue(Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM finding WHERE state IN ('OPEN', 'IN_PROGRESS') "
                + "AND due_date >= CURDATE()")) > 0, "some are open and not yet due");
        long without = Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM prefecture p WHERE NOT EXISTS (SELECT 1 FROM "
                + "institution i WHERE i.prefecture_code = p.code AND i.tier = 'LEADING')"));
        assertTrue(without >= 1, "at least one prefecture without a LEADING hospital");

        WebClient staff = new WebClient();
        staff.signIn("staff", "medsec-staff");
        HttpResponse<String> page = staff.get("/staff/regions.xhtml");
        assertEquals(200, page.statusCode());
        Matcher warned = Pattern.compile("<tr id=\"pref-\\d+\" class=\"ms-row-warn\"").matcher(page.body());
        long rows = 0;
        while (warned.find()) {
            rows++;
        }
        assertEquals(without, rows, "every prefecture without a LEADING hospital stands out");
        assertTrue(page.body().contains("id=\"withoutLeadingCount\""));

        for (String[] account : new String[][]{{"officer", "medsec-officer"}, {"holder", "medsec-holder"}}) {
            WebClient web = new WebClient();
            web.signIn(account[0], account[1]);
            assertEquals(403, web.get("/staff/regions.xhtml").statusCode(), account[0]);
        }
    }

    @Test
    void theOfficersPageListsOpenFindingsWithTheirDueDates() throws Exception {
        WebClient officer = new WebClient();
        officer.signIn("officer", "medsec-officer");
        HttpResponse<String> home = officer.get("/institution/home.xhtml");
        assertEquals(200, home.statusCode());
        long open = Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM finding f JOIN audit a ON a.id = f.audit_id JOIN "
                + "user_account u ON u.institution_id = a.institution_id WHERE u.username = 'officer' AND f.state IN ('OPEN', 'IN_PROGRESS')"));
        assertTrue(open == 0 || home.body().contains("institutionForm:outstanding_data"), "the officer's open findings are listed");
    }
}
