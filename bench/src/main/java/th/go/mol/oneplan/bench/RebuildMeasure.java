package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;

/**
 * Measure 3: a rebuild of every read model ({@code POST /api/admin/projections/rebuild}, then
 * {@code GET /api/admin/projections} until each group is DONE: docs/rebuilds.md). Events/s is the events each group
 * folded (the whole store, once per group; the groups are rebuilt one after the other) over the wall time.
 * Reference: one sequential read of the event table in global order, each payload and metadata parsed with Jackson
 * ({@code readTree}), nothing written.
 */
final class RebuildMeasure {
    private RebuildMeasure() {
    }

    static void measure(Run run) throws Exception {
        Projections.awaitCaughtUp(run, 600);
        run.log("  projections caught up");
        long events = events(run);
        Instant asked = Instant.now();
        long start = System.nanoTime();
        run.api.must(run.api.post("/api/admin/projections/rebuild", run.adminToken, "{}"), "the rebuild");
        int groups;
        double slowest = Double.MAX_VALUE;
        String slowestGroup = "";
        while (true) {
            Thread.sleep(200);
            JsonNode status = Projections.status(run);
            int done = 0;
            groups = status.size();
            for (JsonNode p : status) {
                JsonNode rebuild = p.path("rebuild");
                String state = rebuild.path("state").asText("NONE");
                String startedAt = rebuild.path("startedAt").asText("");
                if (state.equals("FAILED")) {
                    throw new IllegalStateException("the rebuild of " + p.path("processingGroup").asText() + " failed: "
                            + rebuild);
                }
                if (state.equals("DONE") && !startedAt.isEmpty() && !Instant.parse(startedAt).isBefore(asked.minusSeconds(1))) {
                    done++;
                }
            }
            if (done == groups) {
                for (JsonNode p : status) {
                    double rate = p.path("rebuild").path("eventsPerSecond").asDouble(Double.NaN);
                    run.log("  rebuild of " + p.path("processingGroup").asText() + ": "
                            + String.format(java.util.Locale.ROOT, "%.0f", rate) + " events/s");
                    if (rate < slowest) {
                        slowest = rate;
                        slowestGroup = p.path("processingGroup").asText();
                    }
                }
                break;
            }
            if ((System.nanoTime() - start) / 1e9 > 3600) {
                throw new IllegalStateException("the rebuild did not finish within an hour: " + status);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double reference = sequentialRead(run);
        double rate = events * groups / seconds;
        run.add(Figure.against("rebuild", "Rebuild of every read model (" + groups + " groups, " + events
                + " events each)", "events/s", rate, reference, "sequential read + JSON parse"));
        run.add(Figure.against("rebuild.share", "Rebuild, share of the raw sequential read", "events/s", rate,
                reference, "sequential read + JSON parse"));
        run.add(Figure.of("rebuild.seconds", "Rebuild of every read model, wall time", "s", seconds));
        run.add(Figure.against("rebuild.slowest", "Rebuild, slowest group (" + slowestGroup + ")", "events/s", slowest,
                reference, "sequential read + JSON parse"));
    }

    static long events(Run run) throws Exception {
        try (Statement s = run.jdbc.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM domainevententry")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Every event in global order, its payload and metadata parsed, in pages of 1,000 rows on one cursor; after a
     * warm-up read of the first 100,000 (the harness's JIT would otherwise be measured on a small store).
     */
    private static double sequentialRead(Run run) throws Exception {
        read(run, 100_000);
        long start = System.nanoTime();
        long rows = read(run, Long.MAX_VALUE);
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private static long read(Run run, long limit) throws Exception {
        long rows = 0;
        try (Connection c = run.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1_000);
                try (ResultSet r = s.executeQuery("SELECT globalindex, aggregateidentifier, sequencenumber, type,"
                        + " eventidentifier, metadata, payload, payloadtype, \"timestamp\" FROM domainevententry"
                        + " ORDER BY globalindex LIMIT " + limit)) {
                    while (r.next()) {
                        parse(r.getBytes("payload"));
                        parse(r.getBytes("metadata"));
                        rows++;
                    }
                }
            }
            c.commit();
        }
        return rows;
    }

    private static void parse(byte[] json) throws IOException {
        if (json != null) {
            Api.JSON.readTree(json);
        }
    }
}
