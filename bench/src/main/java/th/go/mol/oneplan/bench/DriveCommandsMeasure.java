package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
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
        Geography.Province province = withHistory(run);
        String drive = Run.driveId(province.code(), HISTORY_YEAR);
        long events = events(run, drive);
        for (int i = 0; i < CLIENTS.length; i++) {
            Latencies old = visits(run, CLIENTS[i], run.options.commandsPerLevel(), List.of(province), HISTORY_YEAR);
            Latencies reference = appends(run, CLIENTS[i], run.options.commandsPerLevel(), "history" + i);
            report(run, "history", "a drive of " + events + " events", CLIENTS[i], old, reference);
        }
    }

    /**
     * The drive with a year's history: a drive recorded through the API up to its plan's approval and a first field
     * visit, then copied by JDBC, event for event, as another province's drive of the same year, with copies of that
     * visit (its event id renumbered) appended up to the size's number of events. Growing it through the API would
     * take minutes (each command re-reads the whole stream: the very cost measured here); the copy's stream is what
     * those commands would have written, and the service has never loaded it, so no cache or snapshot knows it.
     */
    private static Geography.Province withHistory(Run run) throws Exception {
        Geography.Province source = run.provinces.get(0);
        DataSet.drives(run, HISTORY_YEAR, true, List.of(source));
        if (visits(run, 1, 1, List.of(source), HISTORY_YEAR).errors() > 0) {
            throw new IllegalStateException("the first field visit of the drive to copy was refused");
        }
        Geography.Province target = run.geography.choose(77, run.options.seed()).stream()
                .filter(p -> p.code() != source.code()).findFirst().orElseThrow();
        String from = Run.driveId(source.code(), HISTORY_YEAR);
        String to = Run.driveId(target.code(), HISTORY_YEAR);
        if (!run.officerTokens.containsKey(target.code())) {
            String name = "bench.officer.history." + target.code();
            run.api.must(run.api.post("/api/admin/users", run.adminToken, Api.JSON.createObjectNode()
                    .put("username", name).put("password", DataSet.OFFICER_PASSWORD).put("role", "PROVINCIAL_OFFICER")
                    .put("provinceCode", target.code()).put("mustChangePassword", false)), "officer " + name);
            run.officerTokens.put(target.code(), run.api.login(name, DataSet.OFFICER_PASSWORD));
        }
        long start = System.nanoTime();
        List<Object[]> stream = new ArrayList<>();
        try (PreparedStatement ps = run.jdbc.prepareStatement("SELECT type, metadata, payload, payloadrevision,"
                + " payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            ps.setString(1, from);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String payload = new String(r.getBytes(3), StandardCharsets.UTF_8).replace("\"" + from, "\"" + to)
                            .replace("\"provinceCode\":" + source.code() + ",", "\"provinceCode\":" + target.code() + ",");
                    stream.add(new Object[]{r.getString(1), r.getBytes(2), payload, r.getString(4), r.getString(5)});
                }
            }
        }
        Object[] visit = null;
        for (Object[] event : stream) {
            if (((String) event[4]).endsWith("FieldVisitLogged")) {
                visit = event;
            }
        }
        if (visit == null) {
            throw new IllegalStateException("no field visit in " + from);
        }
        Object[] filler = visit;
        try (BatchedInsert insert = new BatchedInsert(run.jdbc, "INSERT INTO domainevententry (aggregateidentifier,"
                + " sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, \"timestamp\")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", 1_000)) {
            long total = Math.max(stream.size(), run.options.historyEvents());
            for (long seq = 0; seq < total; seq++) {
                Object[] event = seq < stream.size() ? stream.get((int) seq) : filler;
                String payload = seq < stream.size() ? (String) event[2]
                        : ((String) event[2]).replaceFirst("\"eventId\":\"" + to + "/[0-9]+\"",
                        "\"eventId\":\"" + to + "/" + (seq + 1) + "\"");
                long sequence = seq;
                insert.add(ps -> {
                    ps.setString(1, to);
                    ps.setLong(2, sequence);
                    ps.setString(3, (String) event[0]);
                    ps.setString(4, UUID.randomUUID().toString());
                    ps.setBytes(5, (byte[]) event[1]);
                    ps.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
                    ps.setString(7, (String) event[3]);
                    ps.setString(8, (String) event[4]);
                    ps.setString(9, java.time.Instant.now().toString());
                });
            }
        }
        run.log("drive " + to + ": " + from + " copied and grown to " + events(run, to) + " events in "
                + Math.round((System.nanoTime() - start) / 1e9) + " s");
        return target;
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
