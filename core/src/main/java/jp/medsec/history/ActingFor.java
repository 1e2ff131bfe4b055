package jp.medsec.history;

/**
 * Work that a job does on someone's behalf (an import a staff member submitted) is recorded in the history as theirs:
 * the job's thread names them while it works, since a job has no caller of its own.
 */
public final class ActingFor {

    private static final ThreadLocal<String> NAME = new ThreadLocal<>();

    private ActingFor() {
    }

    public static void begin(String name) {
        NAME.set(name);
    }

    public static void end() {
        NAME.remove();
    }

    static String current() {
        return NAME.get();
    }
}
