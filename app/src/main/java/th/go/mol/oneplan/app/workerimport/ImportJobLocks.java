package th.go.mol.oneplan.app.workerimport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Makes an import job run on one node at a time: whoever runs a job holds a session-level PostgreSQL advisory
 * lock on it, on a connection of its own kept open for as long as the job runs. Every command node of one
 * database asks the same PostgreSQL, so a second node (or a second thread of the same node) trying the same job
 * is told no and leaves it. When a node dies, PostgreSQL ends its session and so releases the lock: another node
 * that tries the job next (at its start, or at its next look for left-over jobs) takes it over from the last
 * committed line.
 */
@Component
@Profile("!query")
public class ImportJobLocks {
    /** The first half of the lock's key: the import's own key space (the second half is the job id's hash). */
    static final int KEY_SPACE = 0x1A9017;
    private static final Logger log = LoggerFactory.getLogger(ImportJobLocks.class);

    private final DataSource dataSource;

    public ImportJobLocks(JdbcTemplate jdbc) {
        this.dataSource = jdbc.getDataSource();
    }

    /** Takes the job's lock if nobody holds it: the lock held (close it to let go), or empty. */
    public Optional<Held> tryTake(String jobId) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (call(connection, "select pg_try_advisory_lock(?, hashtext(?))", jobId)) {
                return Optional.of(new Held(jobId, connection));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot ask PostgreSQL for the lock of import job " + jobId, e);
        }
    }

    private static boolean call(Connection connection, String sql, String jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, KEY_SPACE);
            statement.setString(2, jobId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken: the pool drops it
            }
        }
    }

    /** A job's lock, held by this node's session until {@link #close}. */
    public static final class Held implements AutoCloseable {
        private final String jobId;
        private final Connection connection;

        private Held(String jobId, Connection connection) {
            this.jobId = jobId;
            this.connection = connection;
        }

        /**
         * Whether the session that holds the lock is still there: if its connection broke, PostgreSQL has let go of
         * the lock and another node may have taken the job.
         */
        public boolean stillHeld() {
            try {
                return call(connection, "select count(*) = 1 from pg_locks where locktype = 'advisory'"
                        + " and pid = pg_backend_pid() and classid = ?::oid and objid = hashtext(?)::oid"
                        + " and granted", jobId);
            } catch (SQLException e) {
                return false;
            }
        }

        @Override
        public void close() {
            try {
                call(connection, "select pg_advisory_unlock(?, hashtext(?))", jobId);
                connection.close();
            } catch (SQLException e) {
                // The session is gone, and its lock with it; make sure the pool does not hand the connection on.
                log.warn("Could not release the lock of import job {} ({}); dropping its connection", jobId,
                        e.toString());
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException ignored) {
                    // nothing more to do
                }
                closeQuietly(connection);
            }
        }
    }
}
