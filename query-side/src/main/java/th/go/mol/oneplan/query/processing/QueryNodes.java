package th.go.mol.oneplan.query.processing;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The query nodes of an installation share each processing group's segments: a node claims at most its fair share,
 * {@code ceil(segments of the group / query nodes running)}, so two query nodes each fold part of a group with two
 * segments (docs/scaling.md).
 *
 * <p>Axon's pooled streaming processor claims every unclaimed segment it can, so the first node to start would
 * otherwise keep them all and the second would idle. Axon asks a {@link MaxSegmentProvider} for the limit on every
 * coordination round and releases what is over it, which the other node then claims from the token store. What Axon
 * lacks is how many nodes are running. Each node says so by holding a session-level advisory lock
 * ({@code pg_advisory_lock(}{@value #LOCK_CLASS}{@code , a random number)}) on a connection of its own for as long
 * as it runs; the nodes running are the holders of such locks in the database ({@code pg_locks}, readable by any
 * role). PostgreSQL drops the lock the moment a node's connection ends, by a graceful stop or a kill -9 alike, so
 * the survivors' share grows at their next look and they take the dead node's segments over once its claims time
 * out ({@code axon.eventhandling.tokenstore.claim-timeout}). No table, no heartbeat to expire.
 *
 * <p>Should the database be unreachable, the last count is kept; with no count yet a node claims without limit,
 * which is what a single node does anyway.
 */
public final class QueryNodes implements MaxSegmentProvider, AutoCloseable {
    /** The first key of the membership locks: "OP" in ASCII, apart from the per-aggregate command locks' keys. */
    static final int LOCK_CLASS = 0x4F50;
    private static final Logger log = LoggerFactory.getLogger(QueryNodes.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataSource dataSource;
    private final ScheduledExecutorService looker;
    private volatile Connection membership;
    private volatile int nodeNumber;
    private volatile int nodes;
    private volatile Map<String, Integer> segments = Map.of();

    /** Joins the installation's query nodes and looks again every {@code lookInterval}. */
    public QueryNodes(DataSource dataSource, Duration lookInterval) {
        this.dataSource = dataSource;
        this.looker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "query-nodes");
            thread.setDaemon(true);
            return thread;
        });
        looker.scheduleWithFixedDelay(this::look, 0, lookInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public int getMaxSegments(String processingGroup) {
        Integer total = segments.get(processingGroup);
        int running = nodes;
        if (total == null || running < 1) {
            return Short.MAX_VALUE;
        }
        return Math.max(1, (total + running - 1) / running);
    }

    /** The query nodes running at the last look (this one included), 0 before the first look succeeded. */
    public int nodes() {
        return nodes;
    }

    private synchronized void look() {
        try {
            if (membership == null || !membership.isValid(2)) {
                join();
            }
            int running = 0;
            Map<String, Integer> counted = new HashMap<>();
            try (PreparedStatement p = membership.prepareStatement("""
                    SELECT count(*) FROM pg_locks
                     WHERE locktype = 'advisory' AND granted AND classid = ? AND objsubid = 2
                       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")) {
                p.setInt(1, LOCK_CLASS);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    running = rs.getInt(1);
                }
            }
            try (PreparedStatement p = membership.prepareStatement(
                    "SELECT processorname, count(*) FROM tokenentry GROUP BY processorname");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counted.put(rs.getString(1), rs.getInt(2));
                }
            }
            if (running != nodes) {
                log.info("Query nodes running: {} (this one holds membership lock {}/{})", running, LOCK_CLASS,
                        nodeNumber);
            }
            segments = Map.copyOf(counted);
            nodes = running;
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not count the query nodes, keeping the last count ({}): {}", nodes, e.toString());
            closeMembership();
        }
    }

    /** Takes a membership lock of its own on a connection kept for as long as the node runs. */
    private void join() throws SQLException {
        closeMembership();
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            for (int attempt = 0; attempt < 10; attempt++) {
                int candidate = RANDOM.nextInt(Integer.MAX_VALUE);
                try (PreparedStatement p = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                    p.setInt(1, LOCK_CLASS);
                    p.setInt(2, candidate);
                    try (ResultSet rs = p.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            nodeNumber = candidate;
                            membership = connection;
                            return;
                        }
                    }
                }
            }
            throw new SQLException("no free membership lock after 10 tries");
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void closeMembership() {
        Connection connection = membership;
        membership = null;
        if (connection != null) {
            try {
                // Back in the pool the session would keep the lock: release it first.
                try (PreparedStatement p = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    p.execute();
                }
            } catch (SQLException ignored) {
                // a broken connection holds no lock any more
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }

    /** Leaves: the other nodes count one fewer at their next look. */
    @Override
    public synchronized void close() {
        looker.shutdownNow();
        closeMembership();
    }
}
