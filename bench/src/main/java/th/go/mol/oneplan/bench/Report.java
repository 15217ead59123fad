package th.go.mol.oneplan.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of a harness run: each figure of the tuned service, its reference in the same run and the ratio, the same
 * figure with Axon's out-of-the-box settings (the baseline), and the target with met or missed. Printed, and written
 * as JSON and Markdown: {@code <results>/<size>-<timestamp>.json|.md} and {@code <results>/latest-<size>.md}.
 */
record Report(Options options, Map<String, String> machine, Instant started, double seconds,
              Map<String, Figure> tuned, Map<String, Figure> baseline) {

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(Double ratio) {
        // A share below the reference as a percentage, a multiple of it (latencies, mostly) as a factor.
        return ratio == null || ratio.isNaN() ? "" : ratio >= 1 ? String.format(Locale.ROOT, "%.1fx", ratio)
                : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    /** One line of the table. */
    private record Line(Figure figure, Figure baseline, Target target) {
        String met() {
            return target == null ? "" : target.met(figure) ? "met" : "missed";
        }
    }

    private List<Line> lines() {
        return tuned.values().stream().map(f -> new Line(f, baseline == null ? null : baseline.get(f.key()),
                Target.GATES.get(f.key()))).toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Size `").append(options.size()).append("`, seed ").append(options.seed()).append(", ")
                .append(options.provinces()).append(" provinces, ").append(options.importWorkers())
                .append(" workers by import and ").append(options.httpWorkers()).append(" by HTTP, a drive of ")
                .append(options.historyEvents()).append(" events, ").append(options.commandsPerLevel())
                .append(" commands and ").append(options.queriesPerLevel()).append(" queries per client count")
                .append(options.fillEvents() > 0 ? ", " + options.fillEvents() + " filler events" : "")
                .append("; started ").append(DateTimeFormatter.ISO_INSTANT.format(started)).append(", ")
                .append(Math.round(seconds)).append(" s in all").append(baseline == null ? " (no baseline)" : " (baseline included)")
                .append(".\n\n");
        md.append("Machine: ");
        machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.setLength(md.length() - 2);
        md.append(".\n\n");
        md.append("| figure | unit | measured | reference (same run) | ratio | baseline (Axon defaults) | target | |\n");
        md.append("|---|---|---:|---:|---:|---:|---|---|\n");
        for (Line line : lines()) {
            Figure f = line.figure();
            md.append("| ").append(f.name()).append(" | ").append(f.unit()).append(" | ").append(number(f.value()))
                    .append(" | ").append(f.reference() == null ? "" : number(f.reference()) + " (" + f.referenceName() + ")")
                    .append(" | ").append(percent(f.ratio()))
                    .append(" | ").append(line.baseline() == null ? "" : number(line.baseline().value()))
                    .append(" | ").append(line.target() == null ? "" : line.target().text())
                    .append(" | ").append(line.met()).append(" |\n");
        }
        return md.toString();
    }

    ObjectNode json() {
        ObjectNode root = Api.JSON.createObjectNode();
        root.put("size", options.size()).put("seed", options.seed()).put("started", started.toString())
                .put("seconds", seconds).put("baseline", baseline != null);
        ObjectNode sizes = root.putObject("sizes");
        sizes.put("provinces", options.provinces()).put("importWorkers", options.importWorkers())
                .put("httpWorkers", options.httpWorkers()).put("historyEvents", options.historyEvents())
                .put("commandsPerClientCount", options.commandsPerLevel())
                .put("queriesPerClientCount", options.queriesPerLevel()).put("fillEvents", options.fillEvents());
        ObjectNode m = root.putObject("machine");
        machine.forEach(m::put);
        ArrayNode rows = root.putArray("rows");
        for (Line line : lines()) {
            Figure f = line.figure();
            ObjectNode row = rows.addObject().put("key", f.key()).put("name", f.name()).put("unit", f.unit())
                    .put("measured", f.value());
            if (f.reference() != null) {
                row.put("reference", f.reference()).put("referenceName", f.referenceName()).put("ratio", f.ratio());
            }
            if (line.baseline() != null) {
                row.put("baseline", line.baseline().value());
            }
            if (line.target() != null) {
                row.put("target", line.target().text()).put("met", line.target().met(f));
            }
        }
        return root;
    }

    /** Prints the table and writes the files; answers the Markdown file's path. */
    Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started);
        String base = options.size() + "-" + stamp;
        String md = "# Benchmark, size " + options.size() + "\n\n" + markdown();
        Path markdown = directory.resolve(base + ".md");
        Files.writeString(markdown, md, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("latest-" + options.size() + ".md"), md, StandardCharsets.UTF_8);
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(base + ".json").toFile(), json());
        System.out.println();
        System.out.println(md);
        return markdown;
    }
}
