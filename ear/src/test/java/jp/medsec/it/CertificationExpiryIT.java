package jp.medsec.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certification-expiry job on arranged certifications: expiry, the prerequisite cascade, the renewal window. */
class CertificationExpiryIT {


    private static long holder(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO holder (family_name, given_name, family_name_kana, "
                + "given_name_kana, prefecture_code, email) VALUES ('期限', '試験', 'キゲン', 'シケン', 13, 'expiry@example.jp')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String certification(Connection c, long holder, String type, String status, LocalDate from, LocalDate until)
            throws Exception {
        String number = "XP-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO certification (holder_id, type, certificate_number, status, "
                + "first_certified_on, valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, holder);
            ps.setString(2, type);
            ps.setString(3, number);
            ps.setString(4, status);
            ps.setObject(5, from);
            ps.setObject(6, from);
            ps.setObject(7, until);
            ps.executeUpdate();
        }
        return number;
    }

    private static String status(String number) throws Exception {
        return TestDatabase.scalar("SELECT status FROM certification WHERE certificate_number = '" + number + "'");
    }

    @Test
    void endedCyclesExpireDependentsFollowTheirHitAndWindowsOpen() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        String lapsedHit;
        String senior;
        String miis;
        String deferred;
        String windowOpen;
        String unaffected;
        try (Connection c = TestDatabase.connect()) {
            long a = holder(c);
            lapsedHit = certification(c, a, "HIT", "ACTIVE", today.minusYears(5), today.minusDays(1));
            senior = certification(c, a, "SENIOR_HIT", "ACTIVE", today.minusYears(2), today.plusYears(3));
            miis = certification(c, a, "MIIS", "RENEWAL_DUE", today.minusYears(4), today.plusMonths(2));
            long b = holder(c);
            deferred = certification(c, b, "HIT", "DEFERRED", today.minusYears(5), today.plusYears(1));
            unaffected = certification(c, b, "SENIOR_HIT", "ACTIVE", today.minusYears(1), today.plusYears(4));
            long d = holder(c);
            // A cycle ending on the next 31 March, still ACTIVE: from 1 November its renewal window is open.
            LocalDate nextMarch = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear(), 3, 31);
            windowOpen = certification(c, d, "HIT", "ACTIVE", nextMarch.minusYears(5).plusDays(1), nextMarch);
        }

        assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("certification-expiry")).getString("batchStatus"));

        assertEquals("EXPIRED", status(lapsedHit));
        assertEquals("EXPIRED", status(senior), "Senior HIT follows its HIT");
        assertEquals("EXPIRED", status(miis), "MIIS follows its HIT");
        assertEquals("DEFERRED", status(deferred), "a deferred cycle has not ended");
        assertEquals("ACTIVE", status(unaffected), "its holder's HIT is still current");
        LocalDate windowStart = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 11, 1);
        assertEquals(today.isBefore(windowStart) ? "ACTIVE" : "RENEWAL_DUE", status(windowOpen));
        assertTrue(TestDatabase.scalar("SELECT status_reason FROM certification WHERE certificate_number = '" + senior + "'")
                .contains("医療情報技師の失効"));
        assertEquals("system", TestDatabase.scalar("SELECT r.changed_by FROM certification_aud a JOIN revinfo r ON r.id = a.rev "
                + "JOIN certification c ON c.id = a.id WHERE c.certificate_number = '" + lapsedHit + "' ORDER BY a.rev DESC LIMIT 1"));

        assertEquals("COMPLETED", Jobs.awaitEnd(Jobs.start("certification-expiry")).getString("batchStatus"));
        assertEquals("EXPIRED", status(lapsedHit), "a second run changes nothing");
    }
}
