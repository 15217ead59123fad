package th.go.mol.oneplan.app.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.SQLException;

/**
 * Tells Axon when an append hit the event store's unique keys: another writer took that sequence number
 * (a concurrent change) or the aggregate already exists (a drive started twice). PostgreSQL reports this as
 * SQLState 23505, often wrapped inside a batch exception, which Axon's default resolver does not look into.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresDuplicateKeys {
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return PostgresDuplicateKeys::isDuplicateKey;
    }

    static boolean isDuplicateKey(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
