package th.go.mol.oneplan.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/**
 * Measure 6: the latency of a drive command (a field visit, one client) at the size the store has reached, and,
 * with {@code --fill-events N}, again after N synthetic events were added to the store by batched JDBC (it must stay
 * flat); the event store's bytes per event; the service's peak heap and resident set.
 */
final class StoreMeasure {
    /** Filler events: a type no handler of the service knows, so the read models skip them. */
    private static final String FILLER_TYPE = "th.go.mol.oneplan.bench.FillerEvent";

    private StoreMeasure() {
    }

    static void measure(Run run) throws Exception {
        int young = DriveCommandsMeasure.HISTORY_YEAR - DriveCommandsMeasure.CLIENTS.length;
        long events = RebuildMeasure.events(run);
        Latencies reached = DriveCommandsMeasure.visits(run, 1, run.options.commandsPerLevel(), run.provinces, young);
        run.add(Figure.of("append.reached.p50", "Append latency at " + events + " events in the store, p50", "ms",
                reached.p50Millis()));
        run.add(Figure.of("append.reached.p99", "Append latency at " + events + " events in the store, p99", "ms",
                reached.p99Millis()));
        if (run.options.fillEvents() > 0) {
            fill(run, run.options.fillEvents());
            Projections.awaitCaughtUp(run, 3600);
            events = RebuildMeasure.events(run);
            Latencies filled = DriveCommandsMeasure.visits(run, 1, run.options.commandsPerLevel(), run.provinces, young);
            run.add(Figure.against("append.filled.p50", "Append latency at " + events + " events in the store, p50",
                    "ms", filled.p50Millis(), reached.p50Millis(), "at the size reached"));
            run.add(Figure.against("append.filled.p99", "Append latency at " + events + " events in the store, p99",
                    "ms", filled.p99Millis(), reached.p99Millis(), "at the size reached"));
        }
        try (Statement s = run.jdbc.createStatement(); ResultSet r = s.executeQuery(
                "SELECT pg_total_relation_size('domainevententry'), (SELECT count(*) FROM domainevententry)")) {
            r.next();
            run.add(Figure.of("store.bytes", "Event store bytes per event (table, indexes, TOAST)", "bytes",
                    (double) r.getLong(1) / Math.max(1, r.getLong(2))));
        }
        run.add(Figure.of("memory.heap", "Peak heap in use of the service (-Xmx1g)", "MiB",
                run.heap.peakBytes() / 1048576.0));
        run.add(Figure.of("memory.rss", "Peak resident set of the service (VmHWM)", "MiB",
                run.service.peakResidentBytes() / 1048576.0));
    }

    /**
     * N events of 100-event streams, a recorded field visit's payload size, appended in batches of 1,000 rows a
     * transaction: a store that has grown without the drives under measure growing.
     */
    private static void fill(Run run, long count) throws Exception {
        byte[] payload;
        byte[] metadata;
        try (Statement s = run.jdbc.createStatement(); ResultSet r = s.executeQuery("SELECT payload, metadata FROM"
                + " domainevententry WHERE payloadtype LIKE '%FieldVisit%' ORDER BY globalindex LIMIT 1")) {
            r.next();
            payload = r.getBytes(1);
            metadata = r.getBytes(2);
        }
        long start = System.nanoTime();
        boolean autoCommit = run.jdbc.getAutoCommit();
        run.jdbc.setAutoCommit(false);
        String timestamp = Instant.now().toString();
        try (PreparedStatement ps = run.jdbc.prepareStatement("INSERT INTO domainevententry (aggregateidentifier,"
                + " sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype,"
                + " \"timestamp\") VALUES (?, ?, 'BenchFiller', ?, ?, ?, NULL, ?, ?)")) {
            for (long i = 0; i < count; i++) {
                ps.setString(1, "filler-" + run.options.seed() + "-" + i / 100);
                ps.setLong(2, i % 100);
                ps.setString(3, UUID.randomUUID().toString());
                ps.setBytes(4, metadata);
                ps.setBytes(5, payload);
                ps.setString(6, FILLER_TYPE);
                ps.setString(7, timestamp);
                ps.addBatch();
                if ((i + 1) % 1_000 == 0) {
                    ps.executeBatch();
                    run.jdbc.commit();
                }
            }
            ps.executeBatch();
            run.jdbc.commit();
        } finally {
            run.jdbc.setAutoCommit(autoCommit);
        }
        run.log("filled the store with " + count + " events in " + Math.round((System.nanoTime() - start) / 1e9) + " s");
    }
}
