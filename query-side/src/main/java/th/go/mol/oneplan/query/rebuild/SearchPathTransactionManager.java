package th.go.mol.oneplan.query.rebuild;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactions of a rebuild's processor: Axon's own (Spring's, on the service's connection pool), each of
 * which first sets {@code search_path} to the rebuild's schema, then public. The projections' unchanged SQL names
 * its tables without a schema, so inside these transactions it reads and writes the new, hidden copies; the
 * processor's token ({@code tokenentry}), found only in public, is stored in the same transaction as the rows it
 * covers. {@code SET LOCAL} ends with the transaction, so the pooled connection goes back as it came.
 */
final class SearchPathTransactionManager implements TransactionManager {
    private final TransactionManager delegate;
    private final JdbcTemplate jdbc;
    private final String schema;

    SearchPathTransactionManager(TransactionManager delegate, JdbcTemplate jdbc, String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try {
            // Within Spring's transaction the template uses the transaction's connection, the one the handlers use.
            jdbc.execute("SET LOCAL search_path TO " + schema + ", public");
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        return transaction;
    }
}
