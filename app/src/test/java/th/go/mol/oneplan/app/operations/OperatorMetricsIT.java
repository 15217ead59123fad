package th.go.mol.oneplan.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.query.processing.ProjectionProcessing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators watch: {@code /actuator/prometheus} (ministry admins only, as the rest of /actuator) with each
 * projection's lag, the commands by type and outcome, and the register's imports; {@code /actuator/info} with the
 * version and build. Uses Pattani's drives of FY 2565 and 2566 (province 94; no other test starts them).
 */
class OperatorMetricsIT extends LedgerIntegrationTest {
    /** A sample: its name, its labels (whose values may hold braces: {@code uri="/api/drives/{driveId}"}), its value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final String DRIVE = "/api/drives/94-2565";

    @Value("${oneplan.api.version}")
    String projectVersion;

    @Test
    void the_metrics_are_for_ministry_admins_only_and_health_stays_public() {
        assertThat(exchange(HttpMethod.GET, "/actuator/prometheus", null, h -> { }).status()).isEqualTo(401);
        for (Login other : List.of(userWith("officer@pattani", Role.PROVINCIAL_OFFICER, 94, null),
                userWith("inspector@metrics", Role.INSPECTOR, null, null))) {
            assertThat(exchange(HttpMethod.GET, "/actuator/prometheus", null, other.basic()).status())
                    .as("metrics as %s", other.username()).isEqualTo(403);
        }
        assertThat(exchange(HttpMethod.GET, "/actuator/health", null, h -> { }).status()).isEqualTo(200);
        Reply metrics = exchange(HttpMethod.GET, "/actuator/prometheus", null, admin().basic());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers().getContentType().toString()).startsWith("text/plain");
    }

    @Test
    void commands_are_counted_and_timed_by_type_and_outcome() {
        Map<String, String> started = Map.of("command", "StartProvincialDrive", "outcome", "success");
        Map<String, String> refused = Map.of("command", "SelectAgendaItems", "outcome", "failure");
        Map<String, Double> before = scrape();
        double startedBefore = sum(before, "oneplan_commands_seconds_count", started);
        double refusedBefore = sum(before, "oneplan_commands_seconds_count", refused);

        // Given Pattani's drive started, when its officer chooses agenda items at a meeting never recorded (refused)
        assertThat(post("/api/drives", json("{'provinceCode':94,'fiscalYear':2565,"
                + "'leadOfficer':{'name':'L','position':'P'},'leadAssignedOn':'2021-10-15'}")).status()).isEqualTo(201);
        Answer noMeeting = post(DRIVE + "/agenda-items", json("{'items':[13],'meetingNumber':'9/2564'}"));
        assertThat(noMeeting.status()).as("%s", noMeeting.body()).isEqualTo(409);

        // Then each shows under its command's type, once, with its time
        Map<String, Double> after = scrape();
        assertThat(sum(after, "oneplan_commands_seconds_count", started) - startedBefore).isEqualTo(1.0);
        assertThat(sum(after, "oneplan_commands_seconds_count", refused) - refusedBefore).isEqualTo(1.0);
        assertThat(sum(after, "oneplan_commands_seconds_sum", started)).isPositive();
        // and the tags are command types and outcomes, never ids: the series stay few
        for (String series : after.keySet()) {
            if (series.startsWith("oneplan_commands_seconds")) {
                Map<String, String> labels = labels(series);
                assertThat(labels.get("command")).as(series).matches("[A-Z][A-Za-z]+");
                assertThat(labels.get("outcome")).as(series).isIn("success", "failure");
            }
        }
    }

    @Test
    void each_projection_shows_its_lag_behind_the_event_store_which_comes_to_zero_once_caught_up() {
        // Given an event recorded (this test may run first, on an empty store)
        assertThat(post("/api/drives", json("{'provinceCode':94,'fiscalYear':2566,"
                + "'leadOfficer':{'name':'L','position':'P'},'leadAssignedOn':'2022-10-15'}")).status()).isEqualTo(201);
        Map<String, Double> behind = scrape();
        assertThat(sum(behind, "oneplan_event_store_head", Map.of())).isPositive();
        for (String group : ProjectionProcessing.PROCESSING_GROUPS) {
            assertThat(sum(behind, "oneplan_projection_lag_events", Map.of("processing_group", group)))
                    .as("lag of %s", group).isGreaterThanOrEqualTo(0.0);
        }
        // When every projection has caught up, then each one's lag is 0
        awaitCaughtUp();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<String, Double> metrics = scrape();
            for (String group : ProjectionProcessing.PROCESSING_GROUPS) {
                assertThat(sum(metrics, "oneplan_projection_lag_events", Map.of("processing_group", group)))
                        .as("lag of %s", group).isEqualTo(0.0);
            }
        });
    }

    @Test
    void the_imports_show_as_totals_of_jobs_and_rows_never_one_series_per_job() {
        Map<String, Double> metrics = scrape();
        assertThat(metrics.keySet().stream().filter(s -> s.startsWith("oneplan_imports_jobs{")))
                .hasSize(2).allMatch(s -> s.contains("status=\"queued\"") || s.contains("status=\"running\""));
        assertThat(metrics.keySet()).anyMatch(s -> s.startsWith("oneplan_imports_rows_expected"))
                .anyMatch(s -> s.startsWith("oneplan_imports_rows_done"));
        assertThat(metrics.keySet()).noneMatch(s -> s.startsWith("oneplan_imports") && s.contains("import-"));
    }

    @Test
    void info_shows_the_version_and_when_it_was_built() {
        Reply info = exchange(HttpMethod.GET, "/actuator/info", null, admin().basic());
        assertThat(info.status()).isEqualTo(200);
        JsonNode build = info.body().get("build");
        assertThat(build).as("%s", info.body()).isNotNull();
        assertThat(build.get("version").asText()).isEqualTo(projectVersion).doesNotContain("@");
        assertThat(build.get("artifact").asText()).isEqualTo("oneplan-app");
        assertThat(build.get("time").asText()).isNotBlank();
    }

    /** Every sample of the scrape, by its series (name and labels as written). */
    private Map<String, Double> scrape() {
        Reply reply = exchange(HttpMethod.GET, "/actuator/prometheus", null, admin().basic());
        assertThat(reply.status()).isEqualTo(200);
        Map<String, Double> samples = new LinkedHashMap<>();
        reply.body().asText().lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a sample line: %s", line).isTrue();
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
        });
        return samples;
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}. */
    private static double sum(Map<String, Double> samples, String name, Map<String, String> labels) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
                .filter(e -> labels(e.getKey()).entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static Map<String, String> labels(String series) {
        Map<String, String> labels = new LinkedHashMap<>();
        int brace = series.indexOf('{');
        if (brace >= 0) {
            Matcher m = LABEL.matcher(series.substring(brace));
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        return labels;
    }
}
