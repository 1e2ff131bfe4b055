package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jp.medsec.account.PasswordHashes;
import jp.medsec.account.SignInService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failure count and the fifteen-minute lock, stored in user_account (per-address back-off is the web tier's). */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("sign-in-it", SignInIT.class);
    }

    @EJB
    private SignInService signIn;

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Test
    void twentyWrongPasswordsInARowLockTheAccountForFifteenMinutes() throws SQLException {
        String username = newAccount();
        for (int attempt = 1; attempt <= 19; attempt++) {
            assertEquals(SignInService.Outcome.WRONG_PASSWORD, signIn.recordAttempt(username, false), "attempt " + attempt);
        }
        assertTrue(signIn.lockedUntil(username).isEmpty(), "nineteen failures do not lock");
        assertEquals(SignInService.Outcome.LOCKED, signIn.recordAttempt(username, false));
        Instant until = signIn.lockedUntil(username).orElseThrow();
        long minutes = Duration.between(Instant.now(), until).toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "locked for fifteen minutes, was " + minutes);
        assertEquals(SignInService.Outcome.LOCKED, signIn.recordAttempt(username, true), "the right password does not help");
        assertEquals(20, failedAttempts(username));
    }

    @Test
    void aSuccessResetsTheCount() throws SQLException {
        String username = newAccount();
        signIn.recordAttempt(username, false);
        signIn.recordAttempt(username, false);
        assertEquals(SignInService.Outcome.SIGNED_IN, signIn.recordAttempt(username, true));
        assertEquals(0, failedAttempts(username));
        assertEquals(SignInService.Outcome.UNKNOWN, signIn.recordAttempt("no-such-" + username, true));
    }

    private String newAccount() throws SQLException {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_account (username, password_hash, role, display_name) VALUES (?, ?, 'STAFF', 'IT')")) {
            ps.setString(1, username);
            ps.setString(2, PasswordHashes.hash("correct horse".toCharArray()));
            ps.executeUpdate();
        }
        return username;
    }

    private int failedAttempts(String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT failed_attempts FROM user_account WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
