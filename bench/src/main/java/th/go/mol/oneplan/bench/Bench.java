package th.go.mol.oneplan.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness (docs/benchmarks.md): starts the packaged service on a fresh database, builds the same
 * synthetic national data set through its HTTP API, measures each figure beside its reference, then does it all again
 * with Axon's out-of-the-box settings (the baseline), and writes the table.
 */
public final class Bench {
    /** What the baseline switches off: our tuning, back to Axon's defaults (docs/benchmarks.md, "The baseline"). */
    static final List<String> BASELINE = baseline();

    private Bench() {
    }

    private static List<String> baseline() {
        List<String> arguments = new ArrayList<>(List.of(
                "--oneplan.commands.aggregate-cache.enabled=false",
                "--oneplan.commands.snapshots.threshold=0",
                // Axon's TrackingEventProcessor: one segment, one event per transaction.
                "--oneplan.projections.batch-size=1",
                // Axon's EmbeddedEventStore as it ships: the processors share one cache of the stream's head.
                "--oneplan.events.shared-stream-cache=true",
                // Axon's handler timeouts as it ships them (application.yml switches them off for event and query
                // handlers).
                "--axon.timeout.handler.events.timeout-ms=30000",
                "--axon.timeout.handler.events.warning-threshold-ms=10000",
                "--axon.timeout.handler.queries.timeout-ms=30000",
                "--axon.timeout.handler.queries.warning-threshold-ms=10000"));
        for (String group : List.of("drive-overview", "drive-acts", "drive-kpi", "drive-audit", "reporting-rules",
                "tambon-centres", "drive-workers-served", "registered-workers", "centre-work", "register-statistics")) {
            arguments.add("--oneplan.projections.segments." + group + "=1");
        }
        return List.copyOf(arguments);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path markdown = run(options);
        System.out.println("Written: " + markdown + " (and .json, latest-" + options.size() + ".md)");
    }

    /** One whole run of the harness; answers the Markdown report's path. */
    public static Path run(Options options) throws Exception {
        Path jar = Service.packagedJar(options.appJar());
        Path results = options.results() != null ? options.results() : Path.of("bench", "results");
        Path work = Files.createTempDirectory("oneplan-bench-");
        Geography geography = Geography.load();
        List<Geography.Province> provinces = geography.choose(options.provinces(), options.seed());
        DriveScript script = DriveScript.fromJar(jar);
        Instant started = Instant.now();
        long start = System.nanoTime();
        System.out.println("OnePlan benchmark, size " + options.size() + ", seed " + options.seed() + ", service " + jar
                + ", work directory " + work);
        Map<String, Figure> tuned;
        Map<String, Figure> baseline = null;
        String database;
        try (DatabaseServer server = DatabaseServer.start(options, work)) {
            database = server.describe();
            tuned = runService(options, server, jar, work, "tuned", List.of(), geography, provinces, script);
            if (options.baseline()) {
                baseline = runService(options, server, jar, work, "baseline", BASELINE, geography, provinces, script);
            }
        }
        Report report = new Report(options, Machine.describe(database), started, (System.nanoTime() - start) / 1e9,
                tuned, baseline);
        return report.write(results);
    }

    private static Map<String, Figure> runService(Options options, DatabaseServer server, Path jar, Path work,
                                                  String label, List<String> arguments, Geography geography,
                                                  List<Geography.Province> provinces, DriveScript script)
            throws Exception {
        String database = "oneplan_bench_" + label;
        String url = server.createDatabase(database);
        System.out.println("[" + label + "] starting the service on " + url + " " + String.join(" ", arguments));
        try (Service service = Service.start(jar, work, label, url, server.user(), server.password(), arguments);
             Connection jdbc = server.connect(database)) {
            Api api = new Api(service.baseUrl());
            service.awaitHealthy(api.http(), Duration.ofMinutes(3));
            try (HeapSampler heap = new HeapSampler(api)) {
                Run run = new Run(label, options, api, service, jdbc, geography, provinces, script, heap, server,
                        database);
                DataSet.users(run);
                heap.start(run.adminToken);
                DataSet.centres(run);
                long t = System.nanoTime();
                int requests = DataSet.drives(run, Run.FISCAL_YEAR, false, provinces);
                run.add(Figure.of("drive.script", "Full drives of the year (" + provinces.size() + " provinces, "
                        + requests + " requests, 8 clients)", "requests/s", requests / ((System.nanoTime() - t) / 1e9)));
                measure(run, "registration", () -> RegistrationMeasure.measure(run));
                measure(run, "drive commands", () -> DriveCommandsMeasure.measure(run));
                measure(run, "queries", () -> QueriesMeasure.measure(run));
                measure(run, "One Goal", () -> OneGoalMeasure.measure(run));
                measure(run, "rebuild", () -> RebuildMeasure.measure(run));
                measure(run, "store and memory", () -> StoreMeasure.measure(run));
                return run.figures();
            }
        }
    }

    @FunctionalInterface
    private interface Measure {
        void run() throws Exception;
    }

    /** A measure that fails leaves a row saying so (no number) and the others still run. */
    private static void measure(Run run, String name, Measure measure) {
        // -Dbench.only=registration runs one measure: a quick before/after loop on one figure (docs/import.md);
        // several, comma-separated (registration,rebuild: a rebuild of a store with the registrations in it).
        String only = System.getProperty("bench.only");
        if (only != null && !only.isBlank() && !java.util.Arrays.asList(only.split(",")).contains(name)) {
            return;
        }
        long start = System.nanoTime();
        run.log(name + "...");
        try {
            measure.run();
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            run.add(Figure.of("failed." + name.replace(' ', '-'), name + " FAILED: " + e.getMessage(), "", Double.NaN));
        }
        run.log(name + " took " + Math.round((System.nanoTime() - start) / 1e9) + " s");
    }
}
