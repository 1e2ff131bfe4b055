package jp.medsec.it;

import jp.medsec.account.PasswordHashes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Direct access to the test database from black-box tests, to arrange data and to check what the server stored. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("medsec.db.url",
                "jdbc:mariadb://127.0.0.1:3307/medsec_test"), "medsec", "medsec");
    }

    /** A fresh account of the given role, so that tests which lock or change accounts never touch the demo ones. */
    public static String newAccount(String role, String password) throws SQLException {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_account (username, password_hash, role, display_name) VALUES (?, ?, ?, 'IT account')")) {
            ps.setString(1, username);
            ps.setString(2, PasswordHashes.hash(password.toCharArray()));
            ps.setString(3, role);
            ps.executeUpdate();
        }
        return username;
    }

    public static String scalar(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getString(1);
        }
    }

    /** The first column of the first row, which may be SQL NULL (answered as null). */
    public static String scalarOrNull(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getString(1);
        }
    }

    /** Runs an arranging statement (insert, update); answers the generated key of an insert, else the rows changed. */
    public static long update(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            int rows = ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : rows;
            }
        }
    }
}
