package jp.medsec.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Limits per client address (the request's remote address; behind a balancer, the forwarded one when the listener is
 * told to trust it: {@code MEDSEC_PROXY_FORWARDING}). Two limits:
 * <ul>
 * <li><b>Sign-in</b>: {@value #SIGN_IN_FREE} failed attempts (sign-in form, API Basic, wrong current password) are free;
 * after that one attempt per {@link #SIGN_IN_REFILL} until the address stops failing. An address that is waiting is
 * refused before any password is checked, whichever account it names, so nobody can lock someone else out and the
 * answer never tells which accounts exist.</li>
 * <li><b>Certificate checks</b> ({@code /api/v1/verify/…} and {@code /verify.xhtml}): {@code MEDSEC_VERIFY_PER_MINUTE}
 * (default 60) per minute, as a burst of that many and then an even rate, so that the sequential numbers cannot be
 * walked to list every holder.</li>
 * </ul>
 * Each node counts on its own (a cluster of n nodes allows n times as much from one address behind a balancer that
 * spreads it); the buckets are forgotten after an idle hour.
 */
@ApplicationScoped
public class AddressLimits {

    static final int SIGN_IN_FREE = 5;
    static final Duration SIGN_IN_REFILL = Duration.ofMinutes(3);
    private static final long MAX_ADDRESSES = 200_000;

    /** The answer to "may this address go on?": if not, how many seconds until it may. */
    public record Admission(boolean admitted, long retryAfterSeconds) {
        static Admission of(ConsumptionProbe probe) {
            return new Admission(probe.isConsumed(),
                    probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
        }
    }

    private final Cache<String, Bucket> signIn = buckets();
    private final Cache<String, Bucket> verify = buckets();
    private final long verifyPerMinute = positive(System.getenv("MEDSEC_VERIFY_PER_MINUTE"), 60);

    /**
     * Takes one attempt for a sign-in from this address before the password is checked. Hand it back with
     * {@link #signInSucceeded} when the password was right: only failures count.
     */
    public Admission trySignIn(String address) {
        return Admission.of(bucket(signIn, address, () -> Bandwidth.builder().capacity(SIGN_IN_FREE)
                .refillIntervally(1, SIGN_IN_REFILL).build()).tryConsumeAndReturnRemaining(1));
    }

    public void signInSucceeded(String address) {
        Bucket bucket = signIn.getIfPresent(key(address));
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** One certificate check from this address. */
    public Admission tryVerify(String address) {
        return Admission.of(bucket(verify, address, () -> Bandwidth.builder().capacity(verifyPerMinute)
                .refillGreedy(verifyPerMinute, Duration.ofMinutes(1)).build()).tryConsumeAndReturnRemaining(1));
    }

    private static Bucket bucket(Cache<String, Bucket> buckets, String address, Supplier<Bandwidth> limit) {
        return buckets.get(key(address), a -> Bucket.builder().addLimit(limit.get()).build());
    }

    private static String key(String address) {
        return address == null || address.isBlank() ? "unknown" : address;
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(Duration.ofHours(1)).build();
    }

    private static long positive(String value, long fallback) {
        try {
            long parsed = value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
