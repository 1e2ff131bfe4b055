package jp.medsec.web.health;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, refusing connections, the pool
 * unable to open one) from any other, so that pages and the API answer {@code 503} and a retry hint, not {@code 500}.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 30; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String type = cause.getClass().getName();
            // Hibernate's and the pool's wrappers, named rather than imported: neither is on the WAR's compile path.
            if (type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.startsWith("jakarta.resource.") || type.startsWith("org.jboss.jca.")) {
                return true;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("Unable to acquire JDBC Connection")) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
