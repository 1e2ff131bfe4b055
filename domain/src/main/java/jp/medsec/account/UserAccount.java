package jp.medsec.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in account. It belongs to one role and, for officers and holders, to the institution or holder whose data
 * it may see. Failed sign-ins are slowed down per client address first (the web tier's back-off); only
 * {@value #MAX_FAILED_ATTEMPTS} failures in a row, which one address cannot reach quickly, lock the account itself for
 * {@link #LOCK_DURATION}: the sign of guessing from many addresses at once. The session generation ends every signed-in
 * session of the account when it changes (a new password).
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MAX_FAILED_ATTEMPTS = 20;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Integer version;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._@-]+")
    @Column(nullable = false, unique = true)
    private String username;

    /** A PBKDF2 hash in the Jakarta Security format {@code algorithm:iterations:salt:hash}; never the password. */
    @NotBlank
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @NotBlank
    @Size(max = 100)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "holder_id")
    private Long holderId;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Sessions signed in under an older generation are no longer valid. */
    @Column(name = "session_generation", nullable = false)
    private int sessionGeneration;

    protected UserAccount() {
    }

    private UserAccount(String username, String passwordHash, Role role, String displayName) {
        this.username = Objects.requireNonNull(username, "Username is required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "Password hash is required");
        this.role = Objects.requireNonNull(role, "Role is required");
        this.displayName = Objects.requireNonNull(displayName, "Display name is required");
    }

    public static UserAccount staff(String username, String passwordHash, String displayName) {
        return new UserAccount(username, passwordHash, Role.STAFF, displayName);
    }

    public static UserAccount officer(String username, String passwordHash, String displayName, long institutionId) {
        UserAccount account = new UserAccount(username, passwordHash, Role.INSTITUTION_OFFICER, displayName);
        account.institutionId = institutionId;
        return account;
    }

    public static UserAccount holder(String username, String passwordHash, String displayName, long holderId) {
        UserAccount account = new UserAccount(username, passwordHash, Role.HOLDER, displayName);
        account.holderId = holderId;
        return account;
    }

    /** Whether sign-in is refused at this moment because of too many failures. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password: counts towards the lock; the {@value #MAX_FAILED_ATTEMPTS}th in a row locks the account. */
    public void recordFailedSignIn(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
        }
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * Replaces the password (the new hash is made by {@link PasswordHashes#hash}) and ends every session signed in with
     * the old one: whoever knew it is signed out everywhere. Answers the new session generation, for the session that
     * made the change to keep.
     */
    public int changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "The new password hash is required");
        return ++sessionGeneration;
    }

    /** Staff lift a lock early, e.g. after confirming who called. */
    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getHolderId() {
        return holderId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
