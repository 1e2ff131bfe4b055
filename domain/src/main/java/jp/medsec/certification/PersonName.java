package jp.medsec.certification;

import java.util.Objects;

/** A Japanese name in kanji with its reading in katakana (氏名とフリガナ). */
public record PersonName(String familyName, String givenName, String familyNameKana, String givenNameKana) {

    public PersonName {
        familyName = required(familyName, "Family name");
        givenName = required(givenName, "Given name");
        familyNameKana = Kana.toKatakana(required(familyNameKana, "Family name (kana)"));
        givenNameKana = Kana.toKatakana(required(givenNameKana, "Given name (kana)"));
    }

    private static String required(String value, String what) {
        Objects.requireNonNull(value, what + " is required");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return stripped;
    }
}
