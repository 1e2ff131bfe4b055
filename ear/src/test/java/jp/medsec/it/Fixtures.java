package jp.medsec.it;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Data a test makes for itself, so that no test carves the shared demo data by position (one test's change to a demo
 * holder then never breaks another's expectation). Rows are written the way the application stores them. Black-box
 * tests write through {@link TestDatabase}, in-container tests through the server's data source.
 */
public final class Fixtures {

    private static final String KANJI = "一二三四五六七八九十春夏秋冬山川";
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタ";

    private Fixtures() {
    }

    /** A holder of a current HIT certification, with a name no other row has. */
    public record Holder(long id, String certificateNumber, String familyName, String givenName, String familyNameKana,
                         String givenNameKana) {

        public String fullName() {
            return familyName + " " + givenName;
        }
    }

    /** One new HIT holder, from a black-box test. */
    public static Holder hitHolder() throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            return hitHolders(c, 1).get(0);
        }
    }

    /** New HIT holders, from an in-container test. */
    public static List<Holder> hitHolders(DataSource dataSource, int count) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return hitHolders(c, count);
        }
    }

    public static Holder hitHolder(DataSource dataSource) throws SQLException {
        return hitHolders(dataSource, 1).get(0);
    }

    private static List<Holder> hitHolders(Connection c, int count) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        List<Holder> made = new ArrayList<>(count);
        try (PreparedStatement holder = c.prepareStatement("INSERT INTO holder (family_name, given_name, family_name_kana, "
                + "given_name_kana, prefecture_code) VALUES ('試験', ?, 'シケン', ?, 13)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement certification = c.prepareStatement("INSERT INTO certification (holder_id, type, "
                     + "certificate_number, status, first_certified_on, valid_from, valid_until) VALUES (?, 'HIT', ?, "
                     + "'ACTIVE', ?, ?, ?)")) {
            long serial = nextHitSerial(c);
            for (int n = 0; n < count; n++) {
                String key = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
                StringBuilder given = new StringBuilder();
                StringBuilder givenKana = new StringBuilder();
                for (char ch : key.toCharArray()) {
                    int i = Character.digit(ch, 16);
                    given.append(KANJI.charAt(i));
                    givenKana.append(KATAKANA.charAt(i));
                }
                holder.setString(1, given.toString());
                holder.setString(2, givenKana.toString());
                holder.executeUpdate();
                long id;
                try (ResultSet keys = holder.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                String number = String.format("HIT-%08d", serial++);
                certification.setLong(1, id);
                certification.setString(2, number);
                certification.setObject(3, today.minusYears(1));
                certification.setObject(4, today.minusYears(1));
                certification.setObject(5, today.plusYears(4));
                certification.addBatch();
                made.add(new Holder(id, number, "試験", given.toString(), "シケン", givenKana.toString()));
            }
            certification.executeBatch();
        }
        return made;
    }

    private static long nextHitSerial(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(certificate_number) FROM "
                + "certification WHERE certificate_number LIKE 'HIT-________'")) {
            rs.next();
            String highest = rs.getString(1);
            return highest == null ? 1 : Long.parseLong(highest.substring(4)) + 1;
        }
    }
}
