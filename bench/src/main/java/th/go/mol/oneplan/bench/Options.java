package th.go.mol.oneplan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of the harness does, from its command line: the size (a preset of the numbers below, each of which
 * may be overridden), the seed of the synthetic data, the database and where the report goes.
 */
public record Options(String size, long seed, int provinces, int importWorkers, int httpWorkers,
                      int historyEvents, int commandsPerLevel, int queriesPerLevel, long fillEvents,
                      String database, boolean keep, boolean baseline, Path results, Path appJar) {

    static final String USAGE = """
            bench/run [--size smoke|quick|medium|national] [--seed N] [--provinces N (1-77)]
                      [--workers N (registered by CSV import)] [--http-workers N (registered one POST each)]
                      [--history-events N (events of the drive with a year's history)]
                      [--commands N (drive commands per client count)] [--queries N (requests per endpoint and client count)]
                      [--fill-events N (synthetic events added by JDBC before the last append latency)]
                      [--database jdbc:postgresql://host:port/any (a fresh database is made there; default: embedded)]
                      [--keep (keep the databases)] [--baseline on|off] [--results DIR] [--app-jar PATH]
            """;

    /** The presets; quick runs in a few minutes on 2 cores, baseline included. */
    static Options preset(String size) {
        return switch (size) {
            case "smoke" -> new Options(size, 42, 2, 400, 80, 300, 40, 40, 0, null, false, true, null, null);
            case "quick" -> new Options(size, 42, 5, 4_000, 400, 2_000, 160, 150, 0, null, false, true, null, null);
            case "medium" -> new Options(size, 42, 20, 100_000, 2_000, 5_000, 400, 400, 1_000_000, null, false, true,
                    null, null);
            case "national" -> new Options(size, 42, 77, 20_400_000, 8_000, 5_000, 1_000, 1_000, 20_000_000, null,
                    false, true, null, null);
            default -> throw new IllegalArgumentException("unknown size " + size + "\n" + USAGE);
        };
    }

    static Options parse(String... args) {
        String size = "quick";
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--size")) {
                size = args[i + 1];
            }
        }
        Options o = preset(size);
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String name = rest.get(i);
            if (name.equals("--keep")) {
                o = o.with(name, "true");
                continue;
            }
            if (!name.startsWith("--") || i + 1 >= rest.size()) {
                throw new IllegalArgumentException("cannot read argument " + name + "\n" + USAGE);
            }
            o = o.with(name, rest.get(++i));
        }
        if (o.provinces < 1 || o.provinces > 77) {
            throw new IllegalArgumentException("--provinces must be 1 to 77");
        }
        return o;
    }

    private Options with(String name, String value) {
        return switch (name) {
            case "--size" -> this;
            case "--seed" -> new Options(size, Long.parseLong(value), provinces, importWorkers, httpWorkers,
                    historyEvents, commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline, results, appJar);
            case "--provinces" -> new Options(size, seed, Integer.parseInt(value), importWorkers, httpWorkers,
                    historyEvents, commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline, results, appJar);
            case "--workers" -> new Options(size, seed, provinces, Integer.parseInt(value), httpWorkers,
                    historyEvents, commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline, results, appJar);
            case "--http-workers" -> new Options(size, seed, provinces, importWorkers, Integer.parseInt(value),
                    historyEvents, commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline, results, appJar);
            case "--history-events" -> new Options(size, seed, provinces, importWorkers, httpWorkers,
                    Integer.parseInt(value), commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline,
                    results, appJar);
            case "--commands" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    Integer.parseInt(value), queriesPerLevel, fillEvents, database, keep, baseline, results, appJar);
            case "--queries" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, Integer.parseInt(value), fillEvents, database, keep, baseline, results, appJar);
            case "--fill-events" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, queriesPerLevel, Long.parseLong(value), database, keep, baseline, results, appJar);
            case "--database" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, queriesPerLevel, fillEvents, value, keep, baseline, results, appJar);
            case "--keep" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, queriesPerLevel, fillEvents, database, true, baseline, results, appJar);
            case "--baseline" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, queriesPerLevel, fillEvents, database, keep, onOff(value), results, appJar);
            case "--results" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline, Path.of(value), appJar);
            case "--app-jar" -> new Options(size, seed, provinces, importWorkers, httpWorkers, historyEvents,
                    commandsPerLevel, queriesPerLevel, fillEvents, database, keep, baseline, results, Path.of(value));
            default -> throw new IllegalArgumentException("unknown argument " + name + "\n" + USAGE);
        };
    }

    private static boolean onOff(String value) {
        return switch (value) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException("--baseline on|off, not " + value);
        };
    }
}
