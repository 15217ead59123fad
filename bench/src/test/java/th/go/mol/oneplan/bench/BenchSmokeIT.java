package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness in CI: the smallest size against the packaged service on the embedded PostgreSQL. It checks that every
 * row of the report has a number and that the files are written, never the numbers themselves (a shared CI machine
 * says nothing about speed; docs/benchmarks.md).
 */
class BenchSmokeIT {

    @Test
    void the_smoke_size_fills_every_row_and_writes_the_report() throws Exception {
        Path results = Path.of(System.getProperty("project.build.directory", "target"), "bench-smoke");
        Options options = Options.parse("--size", "smoke", "--baseline", "off", "--results", results.toString());

        Path markdown = Bench.run(options);

        assertThat(markdown).exists();
        assertThat(results.resolve("latest-smoke.md")).exists();
        Path json = Path.of(markdown.toString().replaceFirst("\\.md$", ".json"));
        JsonNode report = Api.JSON.readTree(Files.readString(json));
        assertThat(report.get("rows").size()).as("rows").isGreaterThan(40);
        for (JsonNode row : report.get("rows")) {
            assertThat(row.get("key").asText()).as("a measure failed: %s", row).doesNotStartWith("failed.");
            assertThat(row.get("measured").isNumber()).as("a number: %s", row).isTrue();
            assertThat(row.get("measured").asDouble()).as("a number: %s", row).isNotNaN();
        }
        for (String key : Target.GATES.keySet()) {
            assertThat(report.get("rows").findValuesAsText("key")).as("the gate's row").contains(key);
        }
    }
}
