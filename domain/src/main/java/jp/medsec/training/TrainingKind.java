package jp.medsec.training;

import java.util.Locale;
import java.util.Optional;

/** How a person attended an information-security training (API.md): a lecture (講習会) or e-learning. */
public enum TrainingKind {
    LECTURE,
    E_LEARNING;

    /** The kind as a CSV file writes it: the code, or its Japanese or common name; empty if it is none of these. */
    public static Optional<TrainingKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "lecture", "講習会" -> Optional.of(LECTURE);
            case "e_learning", "e-learning", "eラーニング", "elearning" -> Optional.of(E_LEARNING);
            default -> Optional.empty();
        };
    }
}
