package jp.medsec.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training-compliance job (API.md's rule) over generated institutions: the figures per tier, the API's answer and
 * who may read it; a run stopped mid-way (JobOperator.stop through the jobs API) and restarted stores exactly what an
 * uninterrupted run does. Fiscal year 2031, as of 2032-01-15, is this test's own.
 */
class TrainingComplianceIT {

    private static final String STAFF = WebClient.basic("staff", "medsec-staff");
    private static final int INSTITUTIONS = 150;
    private static final String RUN = "/api/v1/jobs/training-compliance?fiscalYear=2031&today=2032-01-15";

    private static long start(String path) throws Exception {
        HttpResponse<String> response = new WebClient().send("POST", path, "application/json", null, "Authorization", STAFF);
        assertEquals(202, response.statusCode(), response.body());
        return WebClient.json(response).getJsonNumber("executionId").longValue();
    }

    private static long latestRun() throws Exception {
        return Long.parseLong(TestDatabase.scalar("SELECT MAX(id) FROM training_compliance_run WHERE fiscal_year = 2031"));
    }

    private static long rows(long run) throws Exception {
        return Long.parseLong(TestDatabase.scalar("SELECT COUNT(*) FROM training_compliance WHERE run_id = " + run));
    }

    @Test
    void figuresFollowTheRuleAndAStoppedRunRestartsToTheSameResult() throws Exception {
        // No LEADING ones: they would join the peer-check cycles other tests compute. LEADING counts as SELF_DEFENDING does.
        String[] tiers = {"SELF_DEFENDING", "ASSISTED"};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < INSTITUTIONS; i++) {
            ids.add(Fixtures.institution("研修集計試験病院" + i).prefecture(1 + i % 47).beds(100).tier(tiers[i % 2]).insert());
        }
        String range = "BETWEEN " + ids.get(0) + " AND " + ids.get(ids.size() - 1);
        // six staff each: T-5 left before the as-of day; T-1..3 attended a lecture, T-4 e-learning, T-6 only last year
        TestDatabase.update("INSERT INTO staff_member (institution_id, staff_number, name, employed_from, employed_until, "
                + "updated_at) SELECT i.id, CONCAT('T-', s.seq), CONCAT('職員', s.seq), '2020-04-01', "
                + "IF(s.seq = 5, '2031-05-31', NULL), NOW() FROM institution i JOIN seq_1_to_6 s WHERE i.id " + range);
        TestDatabase.update("INSERT INTO training_record (staff_member_id, attended_on, kind, title, recorded_at) "
                + "SELECT m.id, IF(m.staff_number = 'T-6', '2031-03-31', '2031-06-01'), "
                + "IF(m.staff_number = 'T-4', 'E_LEARNING', 'LECTURE'), '情報セキュリティ研修', NOW() FROM staff_member m "
                + "WHERE m.institution_id " + range + " AND m.staff_number <> 'T-5'");
        // the first institution's CISO is told the figures of each run once
        Fixtures.Holder ciso = Fixtures.hitHolder();
        String cisoMail = "ciso-" + ciso.id() + "@training.example.jp";
        TestDatabase.update("UPDATE holder SET email = '" + cisoMail + "' WHERE id = " + ciso.id());
        TestDatabase.update("INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES ("
                + ids.get(0) + ", 'CISO', " + ciso.id() + ", 'SENNIN', 'CONFIRMED')");
        String strict = TestDatabase.scalar("SELECT institution_code FROM institution WHERE id = " + ids.get(0));
        String assisted = TestDatabase.scalar("SELECT institution_code FROM institution WHERE id = " + ids.get(1));
        String path = "/api/v1/institutions/" + strict + "/training-compliance/2031";
        assertEquals(404, new WebClient().get(path, "Authorization", STAFF).statusCode(), "no run yet");

        JsonObject first = Jobs.awaitEnd(start(RUN));
        assertEquals("COMPLETED", first.getString("batchStatus"), first.toString());
        long uninterrupted = latestRun();

        HttpResponse<String> answer = new WebClient().get(path, "Authorization", STAFF);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject json = WebClient.json(answer);
        assertEquals(strict, json.getString("institutionCode"));
        assertEquals(2031, json.getInt("fiscalYear"));
        assertEquals("2032-01-15", json.getString("asOf"));
        assertEquals("SELF_DEFENDING", json.getString("tier"));
        assertEquals("[\"LECTURE\"]", json.getJsonArray("qualifyingKinds").toString());
        assertEquals(5, json.getInt("inScope"), "the leaver is out of scope");
        assertEquals(3, json.getInt("trained"), "e-learning does not count for SELF_DEFENDING, last year's lecture neither");
        assertEquals("0.6", json.getJsonNumber("rate").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals("[\"T-4\",\"T-6\"]", json.getJsonArray("missing").toString());
        assertTrue(json.getString("computedAt").endsWith("+09:00"), json.getString("computedAt"));
        JsonObject assistedJson = WebClient.json(new WebClient().get("/api/v1/institutions/" + assisted
                + "/training-compliance/2031", "Authorization", STAFF));
        assertEquals(4, assistedJson.getInt("trained"), "e-learning counts for ASSISTED");
        assertEquals("[\"LECTURE\",\"E_LEARNING\"]", assistedJson.getJsonArray("qualifyingKinds").toString());
        assertEquals("[\"T-6\"]", assistedJson.getJsonArray("missing").toString());

        // Who may read: its officer yes, another institution's officer and a training provider no.
        String officer = TestDatabase.newAccount("INSTITUTION_OFFICER", "it-officer-pass");
        TestDatabase.update("UPDATE user_account SET institution_id = " + ids.get(0) + " WHERE username = '" + officer + "'");
        assertEquals(200, new WebClient().get(path, "Authorization", WebClient.basic(officer, "it-officer-pass")).statusCode());
        assertEquals(404, new WebClient().get("/api/v1/institutions/" + assisted + "/training-compliance/2031",
                "Authorization", WebClient.basic(officer, "it-officer-pass")).statusCode());
        String provider = TestDatabase.newAccount("TRAINING_PROVIDER", "it-provider-pass");
        assertEquals(403, new WebClient().get(path, "Authorization", WebClient.basic(provider, "it-provider-pass")).statusCode());
        assertEquals(400, new WebClient().get("/api/v1/institutions/" + strict + "/training-compliance/twenty",
                "Authorization", STAFF).statusCode());
        assertEquals(400, new WebClient().send("POST", "/api/v1/jobs/training-compliance?fiscalYear=abc",
                "application/json", null, "Authorization", STAFF).statusCode());

        // The same run, one institution a transaction, stopped once some are done, then restarted.
        long execution = start(RUN + "&chunkSize=1");
        long deadline = System.currentTimeMillis() + 60_000;
        long interrupted = uninterrupted;
        while (System.currentTimeMillis() < deadline) {
            interrupted = latestRun();
            if (interrupted != uninterrupted && rows(interrupted) >= 8) {
                break;
            }
            Thread.sleep(5);
        }
        HttpResponse<String> stop = new WebClient().send("POST", "/api/v1/jobs/executions/" + execution + "/stop",
                "application/json", null, "Authorization", STAFF);
        assertEquals(202, stop.statusCode(), stop.body());
        JsonObject stopped = Jobs.awaitEnd(execution);
        assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
        long total = rows(uninterrupted);
        assertTrue(rows(interrupted) < total, "stopped mid-run: " + rows(interrupted) + " of " + total);
        JsonObject restarted = Jobs.awaitEnd(Jobs.restart(execution));
        assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
        assertEquals(interrupted, latestRun(), "the restart goes on with the same run");
        assertEquals(total, rows(interrupted));
        assertEquals("0", TestDatabase.scalar("SELECT COUNT(*) FROM training_compliance a LEFT JOIN training_compliance b "
                + "ON b.run_id = " + interrupted + " AND b.institution_id = a.institution_id AND b.in_scope = a.in_scope "
                + "AND b.trained = a.trained WHERE a.run_id = " + uninterrupted + " AND b.id IS NULL"), "the same figures");
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = 'training-compliance:"
                + uninterrupted + ":" + ids.get(0) + ":" + ciso.id() + "'"), "the uninterrupted run's mail");
        assertEquals("1", TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE dedup_key = 'training-compliance:"
                + interrupted + ":" + ids.get(0) + ":" + ciso.id() + "'"), "the stopped and restarted run's mail, once");
        assertEquals("2", TestDatabase.scalar("SELECT COUNT(*) FROM mail_outbox WHERE recipient = '" + cisoMail + "'"));
        String subject = TestDatabase.scalar("SELECT subject FROM mail_outbox WHERE recipient = '" + cisoMail + "' LIMIT 1");
        assertTrue(subject.contains("2031年度") && subject.contains("受講率 60%"), subject);
        String body = TestDatabase.scalar("SELECT body FROM mail_outbox WHERE recipient = '" + cisoMail + "' LIMIT 1");
        assertTrue(body.contains("対象職員：5 名") && body.contains("受講済み：3 名") && body.contains("未受講：2 名")
                && body.contains("2032-01-15"), body);

        String missing = "SELECT GROUP_CONCAT(CONCAT(t.institution_id, ':', m.staff_number) ORDER BY t.institution_id, "
                + "m.staff_number SEPARATOR ',') FROM training_compliance t JOIN training_compliance_missing m "
                + "ON m.compliance_id = t.id WHERE t.institution_id " + range + " AND t.run_id = ";
        assertEquals(TestDatabase.scalar(missing + uninterrupted), TestDatabase.scalar(missing + interrupted),
                "the same staff missing");
    }
}
