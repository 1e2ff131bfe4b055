package jp.medsec.personnel;

import java.util.List;
import java.util.stream.IntStream;

/** Course module codes of API.md, and the sets the rules speak of. */
public final class Modules {

    public static final List<String> A_SECURITY = range("A-NEW-", 1, 7);
    public static final List<String> A_HIS = range("A-NEW-", 8, 15);
    public static final List<String> B_SECURITY = range("B-NEW-", 1, 7);
    public static final List<String> B_HIS = range("B-NEW-", 8, 15);
    public static final List<String> C_MANDATORY = List.of("C-MANDATORY-1", "C-MANDATORY-2", "C-MANDATORY-3");
    public static final List<String> C_OPTIONAL_1 = List.of("C-OPT1-1", "C-OPT1-2", "C-OPT1-3", "C-OPT1-4", "C-OPT1-5");
    public static final List<String> C_OPTIONAL_2 = List.of("C-OPT2-1", "C-OPT2-2", "C-OPT2-3", "C-OPT2-4", "C-OPT2-5");
    public static final List<String> CONTINUING = List.of("CONT-A", "CONT-B", "CONT-C");

    /** Every new-course module code. */
    public static final List<String> ALL = java.util.stream.Stream.of(A_SECURITY, A_HIS, B_SECURITY, B_HIS, C_MANDATORY,
            C_OPTIONAL_1, C_OPTIONAL_2).flatMap(List::stream).toList();

    private Modules() {
    }

    private static List<String> range(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("%s%02d", prefix, i)).toList();
    }

    public static boolean isKnown(String code) {
        return ALL.contains(code) || CONTINUING.contains(code);
    }
}
