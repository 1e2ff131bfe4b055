package jp.medsec.certification;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A certificate number as printed on the certificate: two to five capital letters, a hyphen, four to eight digits
 * ({@code HIT-00012345}). Input is trimmed and upper-cased before it is checked.
 */
public record CertificateNumber(String value) {

    public static final Pattern FORMAT = Pattern.compile("[A-Z]{2,5}-[0-9]{4,8}");

    public CertificateNumber {
        Objects.requireNonNull(value, "Certificate number is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Certificate number '" + value + "' does not match " + FORMAT.pattern());
        }
    }

    /** Reads a number as a person types it (spaces, lower case); throws IllegalArgumentException if malformed. */
    public static CertificateNumber parse(String input) {
        Objects.requireNonNull(input, "Certificate number is required");
        return new CertificateNumber(input.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isWellFormed(String input) {
        return input != null && FORMAT.matcher(input.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** The number of a certificate of the given type with the given serial, e.g. (HIT, 123) → HIT-00000123. */
    public static CertificateNumber of(CertificationType type, long serial) {
        if (serial < 0 || serial > 99_999_999L) {
            throw new IllegalArgumentException("Serial must be 0..99999999, was " + serial);
        }
        return new CertificateNumber(String.format(Locale.ROOT, "%s-%08d", type.numberPrefix(), serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
