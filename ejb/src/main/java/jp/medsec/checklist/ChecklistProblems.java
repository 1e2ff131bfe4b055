package jp.medsec.checklist;

import java.util.List;

/** Answers refused, each with the field it concerns (e.g. {@code answers.2-2-4.targetDate}); nothing was stored. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ChecklistProblems extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** One refused field; {@code code} and {@code arguments} (may be null) let a page word it in its language. */
    public record Problem(String field, String message, String code, Object[] arguments) {
        public Problem(String field, String message) {
            this(field, message, null, null);
        }
    }

    private final List<Problem> problems;

    public ChecklistProblems(List<Problem> problems) {
        super(problems.size() + " answer(s) refused: " + String.join("; ", problems.stream()
                .map(p -> p.field() + ": " + p.message()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
