package th.go.mol.oneplan.query.processing;

import org.springframework.core.env.Environment;
import th.go.mol.oneplan.query.acts.DriveActsProjection;
import th.go.mol.oneplan.query.audit.DriveAuditProjection;
import th.go.mol.oneplan.query.statistics.RegisterStatisticsProjection;
import th.go.mol.oneplan.query.workers.WorkersProjection;

import java.time.Duration;
import java.util.Map;

/**
 * How many segments each processing group's processor runs, and how many events it folds to a transaction
 * ({@code oneplan.projections.segments.<group>}, {@code oneplan.projections.batch-size}; docs/rebuilds.md).
 *
 * <p>Axon splits the stream into segments by aggregate (its default sequencing policy), so the events of one
 * drive, centre or worker stay in order while different aggregates are folded in parallel. That is only safe for
 * a projection whose handlers never depend on the order of another aggregate's events, and whose shared rows are
 * locked in one order by every transaction. The default is 2 (the cores the nodes have) for the big groups that
 * pass that test, and 1 for the rest:
 * <ul>
 *   <li>2: drive-acts and drive-audit (every row is the drive's own), registered-workers (the worker's own row),
 *       register-statistics (the worker's own row; area counters are summed per batch and written in key order
 *       as the batch commits, so two segments never lock them in opposite orders);</li>
 *   <li>1: centre-work (each event adds to the same subdistrict, district, province and national counters at
 *       once: two segments would deadlock on them), drive-workers-served (a drive's visits and a worker's
 *       services write the same rows from two aggregates), and the small groups (drive-overview, drive-kpi,
 *       reporting-rules, tambon-centres), where a second thread buys nothing.</li>
 * </ul>
 * Measured in docs/rebuilds.md: two segments are 25 to 45 % faster for the register's groups when a core is free.
 * A changed count applies to a group the next time it is rebuilt (the rebuild makes the new tokens); until then
 * the processor keeps the segments its tokens have.
 */
public final class ProjectionSettings {
    public static final int DEFAULT_BATCH_SIZE = 100;
    public static final Duration DEFAULT_TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(5);
    private static final Map<String, Integer> DEFAULT_SEGMENTS = Map.of(DriveActsProjection.GROUP, 2,
            DriveAuditProjection.GROUP, 2, WorkersProjection.GROUP, 2, RegisterStatisticsProjection.GROUP, 2);
    /** Segments of one group are threads and connections of every node: more than this is a mistake. */
    static final int MAX_SEGMENTS = 16;

    private final Environment environment;

    public ProjectionSettings(Environment environment) {
        this.environment = environment;
    }

    /** The segments the group's processor (and its rebuild) runs. */
    public int segments(String group) {
        int segments = environment.getProperty("oneplan.projections.segments." + group, Integer.class,
                DEFAULT_SEGMENTS.getOrDefault(group, 1));
        if (segments < 1 || segments > MAX_SEGMENTS) {
            throw new IllegalStateException("oneplan.projections.segments." + group + " must be 1.." + MAX_SEGMENTS
                    + ", not " + segments);
        }
        return segments;
    }

    /**
     * How often a node looks for segments no node holds, and for the query nodes running
     * ({@code oneplan.projections.token-claim-interval}, Axon's 5 s by default).
     */
    public Duration tokenClaimInterval() {
        Duration interval = environment.getProperty("oneplan.projections.token-claim-interval", Duration.class,
                DEFAULT_TOKEN_CLAIM_INTERVAL);
        if (interval.compareTo(Duration.ofMillis(100)) < 0 || interval.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalStateException("oneplan.projections.token-claim-interval must be 100ms..5m, not "
                    + interval);
        }
        return interval;
    }

    /** Events folded in one transaction. */
    public int batchSize() {
        int batch = environment.getProperty("oneplan.projections.batch-size", Integer.class, DEFAULT_BATCH_SIZE);
        if (batch < 1 || batch > 10_000) {
            throw new IllegalStateException("oneplan.projections.batch-size must be 1..10000, not " + batch);
        }
        return batch;
    }
}
