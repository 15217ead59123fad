package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Measure 2: drive commands (a field visit, {@code POST /api/drives/{id}/field-visits}) per second and their p50/p99
 * at 1, 8 and 32 clients, on young drives (a fresh set of drives for each client count, the plan just approved: a
 * dozen events each, the clients spread over them) and on one drive with a year's history (grown to the size's
 * number of events first). Reference: the same appends, a field visit's payload and metadata as the store holds
 * them, one transaction each, into a scratch copy of {@code domainevententry} with no rules, at the same client
 * counts.
 */
final class DriveCommandsMeasure {
    static final int[] CLIENTS = {1, 8, 32};
    /** Young drives of each client count are of their own fiscal year; the drive with history of the next one. */
    private static final int FIRST_YOUNG_YEAR = Run.FISCAL_YEAR + 1;
    static final int HISTORY_YEAR = FIRST_YOUNG_YEAR + CLIENTS.length;

    private DriveCommandsMeasure() {
    }

    static void measure(Run run) throws Exception {
        for (int i = 0; i < CLIENTS.length; i++) {
            int year = FIRST_YOUNG_YEAR + i;
            DataSet.drives(run, year, true, run.provinces);
            Latencies young = visits(run, CLIENTS[i], run.options.commandsPerLevel(), run.provinces, year);
            Latencies reference = appends(run, CLIENTS[i], run.options.commandsPerLevel(), "young" + i);
            report(run, "young", "young drives", CLIENTS[i], young, reference);
        }
        Geography.Province province = run.provinces.get(0);
        DataSet.drives(run, HISTORY_YEAR, true, List.of(province));
        String drive = Run.driveId(province.code(), HISTORY_YEAR);
        long events = events(run, drive);
        long growStart = System.nanoTime();
        while (events < run.options.historyEvents()) {
            int missing = (int) (run.options.historyEvents() - events);
            Latencies grown = visits(run, 4, missing, List.of(province), HISTORY_YEAR);
            if (grown.errors() == grown.requests()) {
                throw new IllegalStateException("the drive with history cannot grow: every visit was refused");
            }
            events = events(run, drive);
        }
        run.log("drive " + drive + " grown to " + events + " events in "
                + Math.round((System.nanoTime() - growStart) / 1e9) + " s");
        for (int i = 0; i < CLIENTS.length; i++) {
            Latencies old = visits(run, CLIENTS[i], run.options.commandsPerLevel(), List.of(province), HISTORY_YEAR);
            Latencies reference = appends(run, CLIENTS[i], run.options.commandsPerLevel(), "history" + i);
            report(run, "history", "a drive of " + events + " events", CLIENTS[i], old, reference);
        }
    }

    private static void report(Run run, String key, String what, int clients, Latencies measured, Latencies reference) {
        String prefix = "drive." + key + "." + clients;
        String name = "Drive commands, " + what + ", " + clients + " client" + (clients == 1 ? "" : "s");
        run.add(Figure.against(prefix, name, "commands/s", measured.perSecond(), reference.perSecond(),
                "appends, no rules"));
        run.add(Figure.against(prefix + ".p50", name + ", p50", "ms", measured.p50Millis(), reference.p50Millis(),
                "append p50"));
        run.add(Figure.against(prefix + ".p99", name + ", p99", "ms", measured.p99Millis(), reference.p99Millis(),
                "append p99"));
        if (measured.errors() > 0) {
            run.add(Figure.of(prefix + ".errors", name + ", errors", "requests", measured.errors()));
        }
    }

    /** Field visits from {@code clients} clients, request n to drive n of the given provinces in turn. */
    static Latencies visits(Run run, int clients, int count, List<Geography.Province> provinces, int fiscalYear)
            throws Exception {
        List<ObjectNode> bodies = new ArrayList<>();
        for (Geography.Province province : provinces) {
            List<Integer> sites = DriveScript.sites(province);
            bodies.add(run.script.fieldVisit(province, fiscalYear, sites.get(0), "2000-01-01"));
        }
        int ce = fiscalYear - 543;
        return Load.run(clients, count, (n, client) -> {
            int p = n % provinces.size();
            Geography.Province province = provinces.get(p);
            // Any day from February to September of the fiscal year: after the plan's approval, before its end.
            String date = "%d-%02d-%02d".formatted(ce, 2 + (n / provinces.size()) % 8, 1 + (n * 7) % 28);
            ObjectNode body = bodies.get(p).deepCopy().put("visitDate", date);
            Api.Reply reply = run.api.post("/api/drives/" + Run.driveId(province.code(), fiscalYear) + "/field-visits",
                    run.officer(province.code()), body);
            if (!reply.ok()) {
                run.refused("field visit", reply);
            }
            return reply.ok();
        });
    }

    static long events(Run run, String aggregate) throws SQLException {
        try (PreparedStatement ps = run.jdbc.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")) {
            ps.setString(1, aggregate);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The reference: {@code count} appends of a recorded field visit's payload and metadata, each in a transaction of
     * its own, into {@code bench.event} (domainevententry's columns and indexes, no triggers), one stream per client.
     */
    static Latencies appends(Run run, int clients, int count, String streams) throws Exception {
        byte[][] visit = recordedVisit(run);
        try (Statement s = run.jdbc.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS bench");
            s.execute("CREATE TABLE IF NOT EXISTS bench.event (LIKE public.domainevententry INCLUDING INDEXES)");
            s.execute("CREATE SEQUENCE IF NOT EXISTS bench.event_globalindex");
            s.execute("ALTER TABLE bench.event ALTER COLUMN globalindex SET DEFAULT nextval('bench.event_globalindex')");
        }
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                connections.add(run.connect());
            }
            AtomicLongArray sequence = new AtomicLongArray(clients);
            String sql = "INSERT INTO bench.event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,"
                    + " payload, payloadrevision, payloadtype, \"timestamp\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            return Load.run(clients, count, (n, client) -> {
                try (PreparedStatement ps = connections.get(client).prepareStatement(sql)) {
                    ps.setString(1, "ref-" + streams + "-" + client);
                    ps.setLong(2, sequence.getAndIncrement(client));
                    ps.setString(3, "ProvincialDrive");
                    ps.setString(4, UUID.randomUUID().toString());
                    ps.setBytes(5, visit[1]);
                    ps.setBytes(6, visit[0]);
                    ps.setString(7, null);
                    ps.setString(8, new String(visit[2]));
                    ps.setString(9, java.time.Instant.now().toString());
                    return ps.executeUpdate() == 1;
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Payload, metadata and payload type of a field visit the service recorded. */
    private static byte[][] recordedVisit(Run run) throws SQLException {
        try (Statement s = run.jdbc.createStatement(); ResultSet r = s.executeQuery("SELECT payload, metadata,"
                + " payloadtype FROM domainevententry WHERE payloadtype LIKE '%FieldVisit%' ORDER BY globalindex LIMIT 1")) {
            if (!r.next()) {
                throw new IllegalStateException("no field visit in the event store");
            }
            return new byte[][]{r.getBytes(1), r.getBytes(2), r.getString(3).getBytes()};
        }
    }
}
