package th.go.mol.oneplan.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.mol.oneplan.app.OnePlanLedgerApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that JSON can carry but PostgreSQL's jsonb and text types cannot hold: U+0000 and unpaired UTF-16
 * surrogates. Either the service refuses it (400 naming the field), or, if it records it, its read models must
 * still keep up with the event store. What must never happen is the current failure mode: the event is appended
 * (and, the store being append-only, can never be removed), then every projection that keeps the payload as jsonb
 * fails on it and stops, for every drive, with no dead letter.
 *
 * <p>Runs on a database of its own (a fresh one on the server of {@code SPRING_DATASOURCE_URL}, or an embedded
 * one in a temporary directory), because a failure leaves the read side of that database stuck.
 *
 * <p>The service refuses such text at its door (StorableText, in the command API's JSON reading).
 */
class UnstorableTextIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void text_postgresql_cannot_hold_is_refused_or_else_the_read_models_still_keep_up(@TempDir Path temp)
            throws Exception {
        String adminPassword = "unstorable-admin-" + UUID.randomUUID();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--logging.level.org.axonframework=ERROR",
                "--oneplan.security.initial-admin-password=" + adminPassword,
                "--oneplan.security.password-hash-strength=4"));
        String external = System.getenv("SPRING_DATASOURCE_URL");
        PostgresServer server = null;
        String database = "unstorable_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String maintenance = null;
        if (external != null && !external.isBlank()) {
            server = PostgresServer.parse(external, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD"));
            maintenance = PostgresServer.database(external);
            server.execute(maintenance, "CREATE DATABASE " + PostgresServer.quote(database));
            arguments.add("--spring.datasource.url=" + server.url(database));
        } else {
            arguments.add("--oneplan.embedded-postgres.data-directory=" + temp.resolve("postgres"));
        }
        ConfigurableApplicationContext context = null;
        try {
            context = new SpringApplicationBuilder(OnePlanLedgerApplication.class).run(arguments.toArray(String[]::new));
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String admin = basic("admin", adminPassword);
            String officerPassword = "unstorable-officer-" + UUID.randomUUID();
            int created = send(base, "/api/admin/users", admin, "{\"username\":\"officer90\",\"password\":\""
                    + officerPassword + "\",\"role\":\"PROVINCIAL_OFFICER\",\"provinceCode\":90,"
                    + "\"mustChangePassword\":false}").statusCode();
            assertThat(created).isEqualTo(201);
            String officer = basic("officer90", officerPassword);
            assertThat(send(base, "/api/drives", officer, "{\"provinceCode\":90,\"fiscalYear\":2563,\"leadOfficer\":"
                    + "{\"name\":\"A\",\"position\":\"B\"},\"leadAssignedOn\":\"2019-10-15\"}").statusCode()).isEqualTo(201);

            // As JSON escapes: what a client sends on the wire.
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("U+0000", "before\\u0000after");
            texts.put("unpaired high surrogate", "lone \\ud800 surrogate");
            texts.put("unpaired low surrogate", "lone \\udc00 surrogate");
            Map<String, String> answers = new LinkedHashMap<>();
            int n = 0;
            for (Map.Entry<String, String> text : texts.entrySet()) {
                n++;
                HttpResponse<String> answer = send(base, "/api/drives/90-2563/meetings", officer, "{\"meetingNumber\":\""
                        + n + "/2563\",\"meetingType\":\"OTHER\",\"meetingDate\":\"2019-11-01\",\"chair\":\""
                        + text.getValue() + "\"}");
                answers.put(text.getKey(), answer.statusCode() + " " + answer.body());
                assertThat(answer.statusCode()).as("%s: %s", text.getKey(), answer.body()).isIn(201, 400);
                if (answer.statusCode() == 400) {
                    assertThat(JSON.readTree(answer.body()).get("errors").findValuesAsText("field")).contains("chair");
                }
            }
            // A plain meeting after them: the read side must show it like every other event.
            assertThat(send(base, "/api/drives/90-2563/meetings", officer, "{\"meetingNumber\":\"9/2563\","
                    + "\"meetingType\":\"OTHER\",\"meetingDate\":\"2019-11-02\",\"chair\":\"C\"}").statusCode())
                    .isEqualTo(201);

            long events = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '90-2563'",
                    Long.class);
            long audited = -1;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> audit = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/drives/90-2563/audit?page=0&size=1")).header("Authorization", officer)
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode page = audit.statusCode() == 200 ? JSON.readTree(audit.body()) : null;
                audited = page == null ? -1 : page.path("totalEntries").asLong(-1);
                if (audited == events) {
                    break;
                }
                Thread.sleep(250);
            }
            assertThat(audited).as("audit entries of 90-2563 vs its %s events; answers to the texts: %s", events,
                    answers).isEqualTo(events);
        } finally {
            if (context != null) {
                context.close();
            }
            if (server != null) {
                try {
                    server.execute(maintenance, "DROP DATABASE IF EXISTS " + PostgresServer.quote(database) + " WITH (FORCE)");
                } catch (Exception e) {
                    System.err.println("could not drop " + database + ": " + e.getMessage());
                }
            }
        }
    }

    private HttpResponse<String> send(String base, String path, String authorization, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
