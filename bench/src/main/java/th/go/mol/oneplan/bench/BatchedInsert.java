package th.go.mol.oneplan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows inserted as the references and the fillers need them: one prepared statement, JDBC batches committed every
 * {@code rowsPerCommit} rows (the service's JDBC URL, and so the harness's, has {@code reWriteBatchedInserts}, so a
 * batch goes as multi-row INSERTs). The connection's auto-commit is restored afterwards.
 */
final class BatchedInsert implements AutoCloseable {
    /** Binds one row's parameters; the insert adds it to the batch. */
    @FunctionalInterface
    interface Row {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final Connection jdbc;
    private final boolean autoCommit;
    private final PreparedStatement ps;
    private final int rowsPerCommit;
    private long rows;

    BatchedInsert(Connection jdbc, String sql, int rowsPerCommit) throws SQLException {
        this.jdbc = jdbc;
        this.autoCommit = jdbc.getAutoCommit();
        this.rowsPerCommit = rowsPerCommit;
        jdbc.setAutoCommit(false);
        this.ps = jdbc.prepareStatement(sql);
    }

    void add(Row row) throws SQLException {
        row.bind(ps);
        ps.addBatch();
        if (++rows % rowsPerCommit == 0) {
            ps.executeBatch();
            jdbc.commit();
        }
    }

    long rows() {
        return rows;
    }

    /** Sends and commits what is left, then gives the connection back as it was. */
    @Override
    public void close() throws SQLException {
        try (ps) {
            ps.executeBatch();
            jdbc.commit();
        } finally {
            jdbc.setAutoCommit(autoCommit);
        }
    }
}
