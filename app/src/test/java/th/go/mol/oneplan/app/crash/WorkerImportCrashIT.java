package th.go.mol.oneplan.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import th.go.mol.oneplan.app.processes.ServiceDatabase;
import th.go.mol.oneplan.app.processes.ServiceProcess;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey import survives SIGKILL (docs/import.md, "Restart"): the packaged service, as a process of its own on a
 * database of its own (as in {@link CrashRecoveryIT}), is killed while a job is mid-way through a file, started
 * again on the same database, and resumes the job by itself. When it is DONE its counters are exact (registered +
 * already registered + rejected = rows, nothing counted twice), every good row is registered exactly once (one
 * idempotency row, one national-id claim, one WorkerRegistered event; none for a bad row), and the report has each
 * bad line once, the row that is not UTF-8 among them.
 */
class WorkerImportCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS = 6000;
    /** Small batches, so that the job commits often and is surely mid-way when it is killed. */
    private static final int BATCH = 40;
    private static final int KILL_AFTER_ROWS = 400;
    private static final String CENTRE = "centre-650101-2563";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

    private final String adminPassword = "crash-admin-" + UUID.randomUUID();
    private final String officerPassword = "crash-officer-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private ServiceProcess service;

    @Test
    @Timeout(value = 280, unit = TimeUnit.SECONDS)
    void a_job_killed_mid_way_is_resumed_at_the_restart_and_registers_every_good_row_exactly_once(@TempDir Path temp)
            throws Exception {
        Path jar = ServiceProcess.packagedJar();
        Path logs = jar.getParent().resolve("crash-test").resolve("import-" + UUID.randomUUID().toString().substring(0, 8));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (ServiceDatabase database = ServiceDatabase.create(temp, "crash")) {
            Map<String, String> environment = new java.util.HashMap<>(database.serviceEnvironment(temp.resolve("flyway")));
            environment.put("ONEPLAN_PERSONAL_DATA_MASTER_KEY", Base64.getEncoder().encodeToString(key));
            List<String> arguments = List.of("--oneplan.security.initial-admin-password=" + adminPassword,
                    "--oneplan.security.password-hash-strength=4", "--oneplan.import.batch-size=" + BATCH,
                    "--logging.level.org.axonframework=WARN");
            try {
                crashAndResume(jar, logs, temp, database, environment, arguments);
            } finally {
                if (service != null) {
                    service.close();
                }
            }
        }
    }

    private void crashAndResume(Path jar, Path logs, Path temp, ServiceDatabase database,
                                Map<String, String> environment, List<String> arguments) throws Exception {
        service = ServiceProcess.start(jar, temp.resolve("work"), logs.resolve("service.log"), environment, arguments);
        service.awaitHealthy(http, STARTUP_LIMIT);
        establishTheCentre();
        List<Long> badLines = new ArrayList<>();
        byte[] file = survey(badLines);

        HttpResponse<String> uploaded = send("POST", "/api/tambon-centres/" + CENTRE + "/worker-imports", officer(),
                "text/csv", file);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
        String job = uploaded.headers().firstValue("Location").orElseThrow();
        String jobId = job.substring(job.lastIndexOf('/') + 1);

        // Kill -9 once the job has committed a few batches.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (rowsDone(database, jobId) < KILL_AFTER_ROWS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        service.kill();
        long doneAtKill = rowsDone(database, jobId);
        String statusAtKill = status(database, jobId);
        assertThat(doneAtKill).as("rows done when killed").isGreaterThanOrEqualTo(KILL_AFTER_ROWS).isLessThan(ROWS);
        assertThat(statusAtKill).isEqualTo("RUNNING");

        // The same database, a new process: it resumes the job by itself.
        service = ServiceProcess.start(jar, temp.resolve("work"), logs.resolve("service.log"), environment, arguments);
        service.awaitHealthy(http, STARTUP_LIMIT);
        JsonNode done = null;
        deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = send("GET", job, officer(), null, null);
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            done = JSON.readTree(status.body());
            assertThat(done.get("status").asText()).as(status.body()).isNotEqualTo("FAILED");
            if (done.get("status").asText().equals("DONE")) {
                break;
            }
            Thread.sleep(250);
        }
        System.out.printf("worker import crash test: killed at %d of %d rows, then %s%n", doneAtKill, ROWS, done);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        long good = ROWS - badLines.size();
        assertThat(done.get("rowsDone").asLong()).isEqualTo(ROWS);
        assertThat(done.get("registered").asLong()).isEqualTo(good);
        assertThat(done.get("alreadyRegistered").asLong()).as("a batch cut short left nothing behind").isZero();
        assertThat(done.get("rejected").asLong()).isEqualTo(badLines.size());

        // Every good row registered exactly once: one idempotency row per good line, one claim, one event each.
        try (Connection c = database.connect()) {
            List<String> lines = strings(c, "select substring(idempotency_key from '[0-9]+$') from idempotent_request"
                    + " where idempotency_key like 'import:" + CENTRE + ":%'");
            assertThat(lines).hasSize((int) good).doesNotHaveDuplicates()
                    .noneMatch(l -> badLines.contains(Long.parseLong(l)));
            assertThat(count(c, "select count(*) from domainevententry where payloadtype like '%WorkerRegistered'"))
                    .isEqualTo(good);
            assertThat(count(c, "select count(distinct aggregateidentifier) from domainevententry where"
                    + " payloadtype like '%WorkerRegistered'")).isEqualTo(good);
            assertThat(count(c, "select count(*) from domainevententry e join idempotent_request r on"
                    + " r.aggregate_id = e.aggregateidentifier where r.idempotency_key like 'import:" + CENTRE + ":%'"))
                    .isEqualTo(good);
            assertThat(count(c, "select count(*) from national_id_claim where centre_id = '" + CENTRE + "'"))
                    .isEqualTo(good);
        }

        // The report: each bad line once, in line order.
        HttpResponse<String> report = send("GET", job + "/errors", officer(), null, null, "text/csv");
        assertThat(report.statusCode()).isEqualTo(200);
        List<Long> reported = report.body().lines().skip(1).map(l -> Long.parseLong(l.substring(0, l.indexOf(','))))
                .toList();
        assertThat(reported).containsExactlyElementsOf(badLines);
        assertThat(report.body()).contains(badLines.get(2) + ",row,utf-8,");
    }

    private void establishTheCentre() throws Exception {
        HttpResponse<String> user = send("POST", "/api/admin/users", basic("admin", adminPassword), "application/json",
                JSON.writeValueAsBytes(Map.of("username", "officer@crash", "password", officerPassword,
                        "role", "PROVINCIAL_OFFICER", "provinceCode", 65, "mustChangePassword", false)));
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        HttpResponse<String> pilot = send("POST", "/api/pilot-programmes", officer(), "application/json",
                JSON.writeValueAsBytes(Map.of("provinceCode", 65, "fiscalYear", 2563, "name", "โครงการศูนย์ฯ พิษณุโลก",
                        "declaredOn", "2019-10-20")));
        assertThat(pilot.statusCode()).as(pilot.body()).isEqualTo(201);
        HttpResponse<String> centre = send("POST", "/api/tambon-centres", officer(), "application/json",
                JSON.writeValueAsBytes(Map.of("centreId", CENTRE, "subdistrictCode", 650101,
                        "venue", Map.of("kind", "VILLAGE_HALL", "name", "ศาลาประชาคม หมู่ 1"),
                        "establishedOn", "2019-11-15", "pilot", false, "programmeId", "pilot-65-2563")));
        assertThat(centre.statusCode()).as(centre.body()).isEqualTo(201);
    }

    /** {@value #ROWS} rows, every 250th with a wrong check digit, the third bad one with a byte that is not UTF-8. */
    private static byte[] survey(List<Long> badLines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((SurveyFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ROWS; i++) {
            long line = i + 2;
            String row = SurveyFiles.row(65_100_000 + i, 650101);
            if (i % 250 == 125) {
                badLines.add(line);
                if (badLines.size() == 3) {
                    byte[] bytes = (row + "\n").getBytes(StandardCharsets.UTF_8);
                    int at = (row.substring(0, row.indexOf('"') + 1)).getBytes(StandardCharsets.UTF_8).length;
                    bytes[at] = (byte) 0xB7;    // the first byte of the quoted purpose, as TIS-620 would write it
                    out.write(bytes);
                    continue;
                }
                row = "1111111111111" + row.substring(13);
            }
            out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private String officer() {
        return basic("officer@crash", officerPassword);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String authorization, String contentType,
                                      byte[] body) throws IOException, InterruptedException {
        return send(method, path, authorization, contentType, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String contentType,
                                      byte[] body, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization).header("Accept", accept)
                .header("X-Recorded-By", "officer@crash")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long rowsDone(ServiceDatabase database, String jobId) throws SQLException {
        try (Connection c = database.connect()) {
            return count(c, "select coalesce(max(rows_done), 0) from worker_import_job where job_id = '" + jobId + "'");
        }
    }

    private static String status(ServiceDatabase database, String jobId) throws SQLException {
        try (Connection c = database.connect()) {
            return strings(c, "select status from worker_import_job where job_id = '" + jobId + "'").get(0);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
