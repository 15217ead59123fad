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

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.mol.oneplan.app.processes.ServiceClient.basic;

/**
 * The README's backup of the embedded default, "Stopped: copy the data directory, key included", done as written:
 * the packaged jar runs the Trang demo in one directory, is stopped, {@code cp -a data} copies its data to another,
 * and the service started there has the whole ledger (the drive at KPI level 5, the admin's password) and the
 * register's key, with nothing generated afresh.
 */
class BackupByCopyIT {
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(150);

    private final String adminPassword = "backup-admin-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceClient calls = new ServiceClient(http, Duration.ofSeconds(30));

    @Test
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    void a_copy_of_the_stopped_services_data_directory_is_the_whole_ledger(@TempDir Path temp) throws Exception {
        Path jar = ServiceProcess.packagedJar();
        Path logs = jar.getParent().resolve("backup-test").resolve(UUID.randomUUID().toString().substring(0, 8));
        List<String> arguments = List.of("--oneplan.demo=trang-2562",
                "--oneplan.security.initial-admin-password=" + adminPassword,
                "--oneplan.security.password-hash-strength=4");

        // Given the service run with the demo in its working directory (its data in ./data), then stopped
        Path original = temp.resolve("original");
        try (ServiceProcess service = ServiceProcess.start(jar, original, logs.resolve("original.log"), Map.of(),
                arguments)) {
            service.awaitHealthy(http, STARTUP_LIMIT);
            awaitLevel5(service);
            assertThat(service.stop(Duration.ofSeconds(60))).as(service.logTail()).isTrue();
        }
        assertThat(original.resolve("data/personal-data-master.key")).exists();

        // When its data directory is copied as the README says, and the service is started on the copy elsewhere
        Path restored = temp.resolve("restored");
        Files.createDirectories(restored);
        Process copy = new ProcessBuilder("cp", "-a", original.resolve("data").toString(), restored.toString())
                .redirectErrorStream(true).start();
        assertThat(copy.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(copy.exitValue()).as(new String(copy.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isZero();
        Path restoredLog = logs.resolve("restored.log");
        try (ServiceProcess service = ServiceProcess.start(jar, restored, restoredLog, Map.of(), arguments)) {
            service.awaitLogLine("OnePlan Ledger is ready", STARTUP_LIMIT);

            // Then the copy is the whole ledger: the drive at level 5, the admin's password, the register's key
            awaitLevel5(service);
            String log = Files.readString(restoredLog, StandardCharsets.UTF_8);
            assertThat(log).as("the register's key came with the copy").doesNotContain("Generated a new personal-data");
            assertThat(log).as("the demo was already there").contains("(already recorded)");
        }
    }

    private void awaitLevel5(ServiceProcess service) throws Exception {
        Response kpi = null;
        for (long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos(); System.nanoTime() < deadline; ) {
            kpi = calls.request(service.baseUrl(), "GET", "/api/drives/92-2562/kpi", basic("admin", adminPassword),
                    Map.of(), null);
            if (kpi.status() == 200 && kpi.body().contains("\"currentLevel\":5")) {
                return;
            }
            Thread.sleep(500); // the demo is still being recorded, or the KPI read model is a moment behind
        }
        throw new AssertionError("drive 92-2562 did not reach KPI level 5: " + (kpi == null ? "no answer"
                : kpi.status() + " " + kpi.body()) + "\n" + service.logTail());
    }
}
