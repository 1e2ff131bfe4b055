package jp.medsec.institution;

import java.text.Normalizer;
import java.util.Objects;

/**
 * 医療機関コード, the institution code: two digits of the prefecture (JIS), one of the 点数表 ({@code 1} 医科,
 * {@code 3} 歯科) and seven digits (郡市区番号, 医療機関番号 and a check digit, which is not verified: codes are taken as
 * the regional bureau issued them).
 */
public record InstitutionCode(String value) {

    public InstitutionCode {
        Objects.requireNonNull(value, "An institution code is required");
        if (!value.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("institutionCode: 10 digits are required, was " + value);
        }
        int prefecture = Integer.parseInt(value.substring(0, 2));
        if (prefecture < 1 || prefecture > 47) {
            throw new IllegalArgumentException("institutionCode: the first two digits are a prefecture 01-47, was " + value);
        }
        if (value.charAt(2) != '1' && value.charAt(2) != '3') {
            throw new IllegalArgumentException("institutionCode: the third digit is 1 (医科) or 3 (歯科), was " + value);
        }
    }

    /** A code as people type it: full-width digits, hyphens and spaces allowed. */
    public static InstitutionCode parse(String text) {
        Objects.requireNonNull(text, "An institution code is required");
        return new InstitutionCode(Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-‐－.]", ""));
    }

    /** Whether the text is a well-formed code. */
    public static boolean isWellFormed(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * A code with its check digit computed as the bureaus do (weights 2 and 1 from the right over the six digits,
     * digit sums, 10 minus the remainder), e.g. for demo and benchmark data.
     */
    public static InstitutionCode of(int prefecture, int area, int number) {
        String six = String.format("%02d%04d", area % 100, number % 10_000);
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            int product = (six.charAt(5 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return new InstitutionCode(String.format("%02d1%s%d", prefecture, six, (10 - sum % 10) % 10));
    }

    public int prefectureCode() {
        return Integer.parseInt(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
