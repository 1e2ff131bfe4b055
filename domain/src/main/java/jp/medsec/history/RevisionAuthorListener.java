package jp.medsec.history;

import org.hibernate.envers.RevisionListener;

import java.util.ServiceLoader;

/**
 * Stamps each revision with the caller ({@link CallerSource}); work without one (batch steps, start-up) is recorded as
 * {@value #SYSTEM}.
 */
public class RevisionAuthorListener implements RevisionListener {

    public static final String SYSTEM = "system";

    private static final CallerSource CALLER = ServiceLoader.load(CallerSource.class,
            RevisionAuthorListener.class.getClassLoader()).findFirst().orElse(() -> null);

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setChangedBy(currentCaller());
    }

    static String currentCaller() {
        String name;
        try {
            name = CALLER.currentCallerName();
        } catch (RuntimeException e) {
            name = null;
        }
        return name == null || name.isBlank() || "anonymous".equals(name) ? SYSTEM : name;
    }
}
