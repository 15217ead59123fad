package th.go.mol.oneplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The machine a report was measured on: figures mean little without it. */
final class Machine {
    private Machine() {
    }

    static Map<String, String> describe(String database) {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("memory", proc("/proc/meminfo", "MemTotal:").replaceAll("\\s+", " "));
        machine.put("cpu", proc("/proc/cpuinfo", "model name").replaceFirst("^:\\s*", ""));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("database", database);
        machine.put("loadAverage", proc("/proc/loadavg", ""));
        return machine;
    }

    private static String proc(String file, String prefix) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(prefix)) {
                    return line.substring(prefix.length()).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }
}
