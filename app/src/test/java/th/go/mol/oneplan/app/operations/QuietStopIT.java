package th.go.mol.oneplan.app.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import th.go.mol.oneplan.app.processes.ServiceClient;
import th.go.mol.oneplan.app.processes.ServiceClient.Response;
import th.go.mol.oneplan.app.processes.ServiceProcess;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.app.processes.ServiceClient.basic;

/**
 * A newcomer's first minutes, as the packaged jar runs them on its embedded PostgreSQL: started with the Trang demo
 * and an admin password of their own, the log is free of advertisements and deprecation warnings and ends its start
 * with where the pages, the API and the OpenAPI UI are; stopped with SIGTERM (as Ctrl-C, {@code systemctl stop} or
 * {@code docker stop} stop it), the event processors stop before the embedded PostgreSQL, nothing after the stop
 * begins is logged as a warning, an error or a stack trace, and the process exits with 143, the JVM's code for
 * an orderly exit on SIGTERM (128 + 15; Ctrl-C gives 130, 128 + 2). The log is kept in
 * {@code target/quiet-stop-test/}.
 */
class QuietStopIT {
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(150);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);
    private static final int EXIT_ON_SIGTERM = 143;
    private static final Pattern STACK_TRACE_HEAD = Pattern.compile("^(Exception in thread |[\\w.$]+(Exception|Error)\\b)");

    private final String adminPassword = "quiet-admin-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceClient calls = new ServiceClient(http, Duration.ofSeconds(30));

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void the_demo_starts_with_a_clean_log_that_says_where_to_go_and_sigterm_stops_it_quietly(@TempDir Path temp)
            throws Exception {
        Path jar = ServiceProcess.packagedJar();
        Path log = jar.getParent().resolve("quiet-stop-test").resolve(UUID.randomUUID().toString().substring(0, 8))
                .resolve("service.log");
        try (ServiceProcess service = ServiceProcess.start(jar, temp.resolve("work"), log,
                Map.of("ONEPLAN_DATA_DIR", temp.resolve("data").resolve("postgres").toString()),
                List.of("--oneplan.demo=trang-2562", "--oneplan.security.initial-admin-password=" + adminPassword,
                        "--oneplan.security.password-hash-strength=4"))) {
            // Given the service started with the demo
            service.awaitHealthy(http, STARTUP_LIMIT);
            String ready = service.awaitLogLine("OnePlan Ledger is ready", STARTUP_LIMIT);
            String start = read(log);

            // Then the start said where everything is, on the port it really listens on
            String root = "http://localhost:" + service.port();
            assertThat(start).contains("pages       " + root + "/", "API         " + root + "/api",
                    "OpenAPI UI  " + root + "/swagger-ui.html");
            assertThat(start).as("the demo was loaded before the service said it was ready")
                    .contains("Demo data 'trang-2562' loaded");
            assertThat(ready).isNotBlank();
            // and nothing advertised, nothing deprecated, no commons-logging clash
            assertThat(start).doesNotContain("AxonIQ Console", "deprecated", "Standard Commons Logging discovery",
                    "is enabled by default");
            assertThat(warnings(start)).as("warnings at start other than the generated master key's (expected "
                    + "without ONEPLAN_PERSONAL_DATA_MASTER_KEY)")
                    .allMatch(line -> line.contains("vault.MasterKey"));

            // and it works: the admin password chosen at start is accepted, the demo's drive is there
            Response drive = calls.request(service.baseUrl(), "GET", "/api/drives/92-2562",
                    basic("admin", adminPassword), Map.of(), null);
            assertThat(drive.status()).as(drive.body()).isEqualTo(200);

            // When it is sent SIGTERM
            List<String> stop = stopAndReadWhatItLogged(service, log);

            // Then it stopped in order, quietly, with the JVM's code for SIGTERM
            String stopText = String.join("\n", stop);
            assertQuiet(stop);
            int processorsStopped = lastIndexContaining(stop, "Stopping PooledStreamingEventProcessor");
            int poolClosed = lastIndexContaining(stop, "oneplan-embedded - Shutdown completed");
            // The library's own line, from the closing thread (the server's own lines come through a reader thread that may
            // be gone before they are read).
            int postgresStopped = lastIndexContaining(stop, "shut down postmaster");
            assertThat(processorsStopped).as("the processors stopped:\n%s", stopText).isGreaterThanOrEqualTo(0);
            assertThat(poolClosed).as("the connection pool closed after the processors:\n%s", stopText)
                    .isGreaterThan(processorsStopped);
            assertThat(postgresStopped).as("the embedded PostgreSQL stopped last:\n%s", stopText)
                    .isGreaterThan(poolClosed);
            assertThat(service.exitValue()).as(stopText).isEqualTo(EXIT_ON_SIGTERM);
        }
    }

    @Test
    @Timeout(value = 420, unit = TimeUnit.SECONDS)
    void a_stop_while_the_demo_loads_is_quiet_and_the_next_start_records_the_rest(@TempDir Path temp)
            throws Exception {
        Path jar = ServiceProcess.packagedJar();
        Path logs = jar.getParent().resolve("quiet-stop-test").resolve(UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> data = Map.of("ONEPLAN_DATA_DIR", temp.resolve("data").resolve("postgres").toString());
        List<String> arguments = List.of("--oneplan.demo=trang-2562",
                "--oneplan.security.initial-admin-password=" + adminPassword,
                "--oneplan.security.password-hash-strength=4");

        // Given the service started with the demo, and stopped (SIGTERM, as Ctrl-C) while the demo was loading
        Path firstLog = logs.resolve("first.log");
        try (ServiceProcess service = ServiceProcess.start(jar, temp.resolve("work"), firstLog, data, arguments)) {
            service.awaitLogLine("Demo data 'trang-2562' 3/40", STARTUP_LIMIT);
            List<String> stop = stopAndReadWhatItLogged(service, firstLog);

            // Then the stop said so in a line, with no warning, error or stack trace, and the JVM's code for SIGTERM
            String stopText = String.join("\n", stop);
            assertQuiet(stop);
            assertThat(stopText).as("the demo or the start said it was cut short by the stop")
                    .containsAnyOf("the service is stopping", "Stopped while starting");
            assertThat(stopText).doesNotContain("Demo data 'trang-2562' loaded");
            assertThat(service.exitValue()).as(stopText).isEqualTo(EXIT_ON_SIGTERM);
        }

        // When it is started again on the same data, with the demo still asked for
        Path secondLog = logs.resolve("second.log");
        try (ServiceProcess service = ServiceProcess.start(jar, temp.resolve("work"), secondLog, data, arguments)) {
            service.awaitLogLine("OnePlan Ledger is ready", STARTUP_LIMIT);

            // Then what was recorded before the stop is answered from the ledger, the rest is recorded, and the
            // drive is the whole demo: One Goal summarised, KPI level 5
            String start = read(secondLog);
            assertThat(start).contains("(already recorded)", "Demo data 'trang-2562' loaded: 40 requests");
            Response kpi = null;
            for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); System.nanoTime() < deadline; ) {
                kpi = calls.request(service.baseUrl(), "GET", "/api/drives/92-2562/kpi",
                        basic("admin", adminPassword), Map.of(), null);
                if (kpi.status() == 200 && kpi.body().contains("\"currentLevel\":5")) {
                    break;
                }
                Thread.sleep(250); // the KPI read model follows the events a moment later
            }
            assertThat(kpi.status()).as(kpi.body()).isEqualTo(200);
            assertThat(kpi.body()).contains("\"currentLevel\":5");
            assertThat(warnings(start)).as("warnings at the second start other than the generated master key's")
                    .allMatch(line -> line.contains("vault.MasterKey"));
        }
    }

    /** Sends SIGTERM, waits for the exit, and answers the lines logged from then on. */
    private static List<String> stopAndReadWhatItLogged(ServiceProcess service, Path log) throws Exception {
        int linesBeforeStop = lines(log).size();
        assertThat(service.stop(STOP_LIMIT)).as("stopped within %s:\n%s", STOP_LIMIT, service.logTail()).isTrue();
        List<String> all = lines(log);
        return all.subList(linesBeforeStop, all.size());
    }

    /**
     * Nothing after the stop began is a warning, an error or a stack trace (its first line, the exception's name and
     * message on a line of their own, its "at" lines or its causes).
     */
    private static void assertQuiet(List<String> stop) {
        assertThat(stop).as("warnings, errors or stack traces after the stop began:\n%s", String.join("\n", stop))
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("\tat ")
                        || line.startsWith("Caused by") || STACK_TRACE_HEAD.matcher(line).find());
    }

    private static List<String> warnings(String log) {
        return log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
    }

    private static int lastIndexContaining(List<String> lines, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String read(Path log) throws Exception {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static List<String> lines(Path log) throws Exception {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }
}
