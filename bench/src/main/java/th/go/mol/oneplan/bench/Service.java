package th.go.mol.oneplan.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The service under test as operators run it: {@code java -Xmx1g -jar} on the packaged jar, a process of its own
 * (so that the harness's clients, its JDBC references and its garbage are not in the measured JVM), pointed at the
 * run's database by {@code SPRING_DATASOURCE_URL}.
 */
final class Service implements AutoCloseable {
    static final String ADMIN_PASSWORD = "bench-admin-password-1";
    /** A fixed personal-data master key (32 bytes, base64): the benchmark's data is synthetic. */
    static final String MASTER_KEY = "YmVuY2gtbWFzdGVyLWtleS0zMi1ieXRlcy1sb25nISE=";

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread reaper;

    private Service(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.reaper = new Thread(this::kill, "kill-service-" + process.pid());
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** The packaged jar: given, or the newest app/target/oneplan-app-*.jar from here or the module's directory. */
    static Path packagedJar(Path given) throws IOException {
        if (given != null) {
            return given.toAbsolutePath();
        }
        List<Path> targets = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            targets.add(Path.of(basedir, "..", "app", "target"));
        }
        targets.add(Path.of("app", "target"));
        targets.add(Path.of("..", "app", "target"));
        for (Path target : targets) {
            if (!Files.isDirectory(target)) {
                continue;
            }
            try (Stream<Path> files = Files.list(target)) {
                Path jar = files.filter(f -> f.getFileName().toString().matches("oneplan-app-.*\\.jar"))
                        .max(Comparator.comparingLong(f -> f.toFile().lastModified())).orElse(null);
                if (jar != null) {
                    return jar.toAbsolutePath().normalize();
                }
            }
        }
        throw new IllegalStateException("no app/target/oneplan-app-*.jar: build it first (bench/run does: "
                + "./mvnw -B -q -pl app,bench -am package -DskipTests); looked in " + targets);
    }

    static Service start(Path jar, Path workDirectory, String label, String jdbcUrl, String user, String password,
                         List<String> arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Xmx1g",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                // The heap is sampled from the metrics endpoint (MINISTRY_ADMIN only).
                "--management.endpoints.web.exposure.include=health,info,metrics",
                // A run may outlast the default 15 minutes of a login token.
                "--oneplan.security.token.minutes=1440"));
        command.addAll(arguments);
        Path directory = workDirectory.resolve(label);
        Files.createDirectories(directory);
        Path log = directory.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("ONEPLAN_") || k.equals("PORT")
                || k.startsWith("SERVER_") || k.startsWith("AXON_"));
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", user);
        env.put("SPRING_DATASOURCE_PASSWORD", password);
        env.put("ONEPLAN_SECURITY_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ONEPLAN_PERSONAL_DATA_MASTER_KEY", MASTER_KEY);
        Files.writeString(log, "===== " + String.join(" ", command) + "\n", StandardCharsets.UTF_8);
        return new Service(builder.start(), port, log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Waits until {@code /actuator/health} says UP; fails early if the process dies. */
    void awaitHealthy(HttpClient http, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " while starting:\n"
                        + logTail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = health.statusCode() + " " + health.body();
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not healthy within " + limit + " (last: " + last + "):\n"
                + logTail());
    }

    /** The peak resident set of the service's JVM so far, in bytes (Linux: VmHWM), or -1 where unknown. */
    long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGTERM, then SIGKILL if it does not go within 30 s. */
    void kill() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
