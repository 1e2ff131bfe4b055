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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * A fresh officer account of the institution, from an in-container test (no password: {@link AsOfficer} runs as the
     * account, it never signs in).
     */
    public static String officer(DataSource dataSource, long institutionId) throws SQLException {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO user_account (username, password_hash, role, display_name, institution_id) "
                    + "VALUES ('" + username + "', '-', 'INSTITUTION_OFFICER', 'IT officer', " + institutionId + ")");
        }
        return username;
    }

    /** One value of a query, from an in-container test (which has the datasource, not a JDBC driver of its own). */
    public static String scalar(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** A change to the test data, from an in-container test. */
    public static void update(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** A new HIT holder with an address, the institution's confirmed CISO (whom its mails go to); the holder's id. */
    public static long confirmedCiso(DataSource dataSource, long institutionId) throws SQLException {
        Holder person = hitHolder(dataSource);
        update(dataSource, "UPDATE holder SET email = 'ciso-" + person.id() + "@example.jp' WHERE id = " + person.id());
        update(dataSource, "INSERT INTO security_role (institution_id, role, holder_id, duty, consent) VALUES ("
                + institutionId + ", 'CISO', " + person.id() + ", 'SENNIN', 'CONFIRMED')");
        return person.id();
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

    /**
     * A new institution named {@code name} (a serial makes it unique), an ASSISTED hospital of Tokyo with 200 beds and
     * on-premises systems unless the test says otherwise; its institution code is of its prefecture, from a range the
     * demo data does not use.
     */
    public static NewInstitution institution(String name) {
        return new NewInstitution(name);
    }

    /** An institution row being built; {@link #insert()} writes it and answers its id. */
    public static final class NewInstitution {

        private final Map<String, Object> columns = new LinkedHashMap<>();

        private NewInstitution(String name) {
            columns.put("name", name + " " + System.nanoTime() % 10_000_000);
            columns.put("prefecture_code", 13);
            columns.put("beds", 200);
            columns.put("kind", "OTHER");
            columns.put("tier", "ASSISTED");
            columns.put("on_premises_systems", true);
        }

        public NewInstitution prefecture(int code) {
            return set("prefecture_code", code);
        }

        public NewInstitution beds(int beds) {
            return set("beds", beds);
        }

        public NewInstitution tier(String tier) {
            return set("tier", tier);
        }

        public NewInstitution corporateGroup(String group) {
            return set("corporate_group", group);
        }

        /** Any other column of {@code institution}, e.g. {@code is_department} or {@code security_committee}. */
        public NewInstitution set(String column, Object value) {
            columns.put(column, value);
            return this;
        }

        /** Writes it from a black-box test. */
        public long insert() throws SQLException {
            try (Connection c = TestDatabase.connect()) {
                return insert(c);
            }
        }

        /** Writes it from an in-container test. */
        public long insert(DataSource dataSource) throws SQLException {
            try (Connection c = dataSource.getConnection()) {
                return insert(c);
            }
        }

        private long insert(Connection c) throws SQLException {
            long serial;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COALESCE(MAX(CAST(SUBSTRING(institution_code, 4) AS UNSIGNED)), "
                         + "9000000) + 1 FROM institution WHERE SUBSTRING(institution_code, 4, 1) = '9'")) {
                r.next();
                serial = r.getLong(1);
            }
            Map<String, Object> row = new LinkedHashMap<>(columns);
            row.put("institution_code", String.format("%02d1%07d", ((Number) row.get("prefecture_code")).intValue(), serial));
            String sql = "INSERT INTO institution (" + String.join(", ", row.keySet()) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                for (Object value : row.values()) {
                    ps.setObject(i++, value);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }
}
