package th.go.mol.oneplan.app.processes;

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
 * The service as operators run it: {@code java -jar} on the packaged jar, a separate process with its own JVM,
 * which a test can kill with SIGKILL ({@link Process#destroyForcibly()} on Linux) or stop with SIGTERM, and start
 * again.
 */
public final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final Thread reaper;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        // Should the test JVM itself go away, the service must not outlive it.
        this.reaper = new Thread(this::kill, "kill-service-" + process.pid());
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** The packaged jar: Failsafe runs after {@code package}, from the module's directory. */
    public static Path packagedJar() throws IOException {
        List<Path> targets = new ArrayList<>();
        String buildDirectory = System.getProperty("project.build.directory");
        if (buildDirectory != null) {
            targets.add(Path.of(buildDirectory));
        }
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            targets.add(Path.of(basedir, "target"));
        }
        targets.add(Path.of("target"));
        targets.add(Path.of("app", "target"));
        for (Path target : targets) {
            if (!Files.isDirectory(target)) {
                continue;
            }
            try (Stream<Path> files = Files.list(target)) {
                Path jar = files.filter(f -> f.getFileName().toString().matches("oneplan-app-.*\\.jar"))
                        .max(Comparator.comparingLong(f -> f.toFile().lastModified())).orElse(null);
                if (jar != null) {
                    return jar.toAbsolutePath();
                }
            }
        }
        throw new IllegalStateException("no app/target/oneplan-app-*.jar: this test runs the packaged service, "
                + "run it with `./mvnw verify` (Failsafe runs after package); looked in " + targets);
    }

    /** A port nobody listens on at the moment, on the loopback address. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /**
     * Starts the jar with the given environment (on top of the test JVM's, less anything that would configure
     * the service otherwise) and arguments, its output appended to {@code log}.
     */
    public static ServiceProcess start(Path jar, Path workingDirectory, Path log, Map<String, String> environment,
                                List<String> arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Daxoniq.update-checker.disabled=true",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        Files.createDirectories(workingDirectory);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("ONEPLAN_") || k.equals("PORT")
                || k.startsWith("SERVER_"));
        env.putAll(environment);
        Files.writeString(log, "\n===== starting on port " + port + ": " + String.join(" ", command).replaceAll(
                "(initial-admin-password=)\\S+", "$1***") + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new ServiceProcess(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /actuator/health} says UP; fails early if the process dies. */
    public void awaitHealthy(HttpClient http, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + " while starting:\n" + logTail());
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
        throw new AssertionError("the service was not healthy within " + limit + " (last: " + last + "):\n" + logTail());
    }

    /** Waits until a line of its log contains {@code text}, and answers that line; fails early if the process dies. */
    public String awaitLogLine(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.contains(text)) {
                        return line;
                    }
                }
            } catch (IOException e) {
                // not written yet
            }
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with " + process.exitValue() + " before logging \""
                        + text + "\":\n" + logTail());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no \"" + text + "\" in the log within " + limit + ":\n" + logTail());
    }

    /** kill -9: the process and anything it started, with no chance to shut down cleanly. */
    public void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                System.err.println("service " + process.pid() + " still alive 20 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A graceful stop, as {@code systemctl stop} or {@code docker stop} does it: SIGTERM, then Spring closes the
     * application (the event processors release their segments) before the JVM exits. True if it exited in time.
     */
    public boolean stop(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exit code, once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
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
