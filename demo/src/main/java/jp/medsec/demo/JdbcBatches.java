package jp.medsec.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepared statements whose rows go to the database in JDBC batches of {@link #ROWS}, so that the Japan-scale set
 * costs a few hundred round trips, not a million. The statements of one group are flushed together, in the order they
 * were prepared: a parent table prepared first is written before the rows that refer to it.
 */
final class JdbcBatches implements AutoCloseable {

    /**
     * Rows per batch. Auto-increment ids of batched inserts leave gaps at batch boundaries (MariaDB's bulk protocol
     * reserves ids per batch), so this number is part of what a seed generates: changing it changes the ids.
     */
    static final int ROWS = 500;

    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();
    private final List<Integer> pendingPerStatement = new ArrayList<>();
    private int pending;

    JdbcBatches(Connection connection) {
        this.connection = connection;
    }

    /**
     * The id the database would give the next row of {@code table} (an empty table's first is 1): rows whose ids other
     * rows need go in batches with their ids given, since a batch returns no generated keys one can rely on.
     */
    static long nextId(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statements.add(statement);
        pendingPerStatement.add(0);
        return statement;
    }

    /** Adds the row set on {@code statement}; every {@link #ROWS} rows of this group, all its statements are written. */
    void add(PreparedStatement statement) throws SQLException {
        hold(statement);
        flushIfFull();
    }

    /** Adds the row set on {@code statement} without writing yet: rows that belong together stay in one batch. */
    void hold(PreparedStatement statement) throws SQLException {
        statement.addBatch();
        int index = statements.indexOf(statement);
        pendingPerStatement.set(index, pendingPerStatement.get(index) + 1);
        pending++;
    }

    /** Writes the group's rows once {@link #ROWS} or more are waiting. */
    void flushIfFull() throws SQLException {
        if (pending >= ROWS) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (int i = 0; i < statements.size(); i++) {
            if (pendingPerStatement.get(i) > 0) {
                statements.get(i).executeBatch();
                pendingPerStatement.set(i, 0);
            }
        }
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }
}
