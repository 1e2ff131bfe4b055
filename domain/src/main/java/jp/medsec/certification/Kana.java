package jp.medsec.certification;

/** Kana normalisation: readings are stored and searched in katakana, whichever way a person typed them. */
public final class Kana {

    private static final int HIRAGANA_START = 'ぁ';
    private static final int HIRAGANA_END = 'ゖ';
    private static final int TO_KATAKANA = 'ァ' - 'ぁ';

    private Kana() {
    }

    /** Hiragana to katakana; full-width forms (NFKC) so that half-width ｶﾀｶﾅ matches too; other characters kept. */
    public static String toKatakana(String text) {
        if (text == null) {
            return null;
        }
        String normalised = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> out.appendCodePoint(
                cp >= HIRAGANA_START && cp <= HIRAGANA_END ? cp + TO_KATAKANA : cp));
        return out.toString();
    }
}
