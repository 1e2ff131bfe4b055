package jp.medsec.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.medsec.audit.Catalogue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The link a vendor answers the vendor form through, without an account: a random token (256 bits) of which only the
 * SHA-256 is stored, valid until it expires and for one submission.
 */
@Entity
@Table(name = "vendor_token")
public class VendorToken {

    public static final Duration VALIDITY = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why a link cannot be used. */
    public enum Refusal {
        UNKNOWN, USED, EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id")
    private Vendor vendor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "catalogue_id")
    private Catalogue catalogue;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VendorToken() {
    }

    private VendorToken(Vendor vendor, Catalogue catalogue, String tokenHash, String by, Instant now) {
        this.vendor = Objects.requireNonNull(vendor);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.tokenHash = tokenHash;
        this.createdBy = by;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** A new link: the token to send (never stored) and the entity that remembers its hash. */
    public record Issued(String token, VendorToken entity) {
    }

    public static Issued issue(Vendor vendor, Catalogue catalogue, String by, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, new VendorToken(vendor, catalogue, hash(token), by, now));
    }

    public static String hash(String token) {
        return jp.medsec.shared.Sha256.hex(String.valueOf(token).getBytes(StandardCharsets.UTF_8));
    }

    /** Well-formed tokens only (43 URL-safe characters): anything else is not even looked up. */
    public static boolean isWellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /** Null if the link may be used now, else why not. */
    public Refusal refusal(Instant now) {
        if (usedAt != null) {
            return Refusal.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return Refusal.EXPIRED;
        }
        return null;
    }

    public void use(Instant now) {
        Refusal refusal = refusal(now);
        if (refusal != null) {
            throw new IllegalStateException("The link cannot be used: " + refusal);
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public Catalogue getCatalogue() {
        return catalogue;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
