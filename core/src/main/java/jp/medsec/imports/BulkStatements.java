package jp.medsec.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepares a statement for a JDBC batch that MariaDB Connector/J sends in bulk (COM_STMT_BULK_EXECUTE: one round trip
 * and one server-side execution per batch). The datasource's connection wrapper prepares a plain
 * {@code prepareStatement(sql)} through the overload with result-set type and concurrency, which Connector/J 3.5 reads
 * as "return generated keys"; it then sends the batch as one text query per row, three times slower at a million lines
 * (a JFR profile of the training-records import, BENCHMARKS.md). Asking for no generated keys keeps the bulk path.
 */
public final class BulkStatements {

    private BulkStatements() {
    }

    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        return connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
    }
}
