package th.go.mol.oneplan.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import th.go.mol.oneplan.app.processes.ServiceDatabase;
import th.go.mol.oneplan.app.processes.ServiceClient;
import th.go.mol.oneplan.app.processes.ServiceClient.Response;
import th.go.mol.oneplan.app.processes.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static th.go.mol.oneplan.app.processes.ServiceClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing acknowledged is lost, and nothing is recorded twice, when the service is killed with SIGKILL in the
 * middle of a stream of commands.
 *
 * <p>The service runs as a separate process from the packaged jar ({@code java -jar}), on a database of its own
 * (a fresh database on the server named by {@code SPRING_DATASOURCE_URL}, or else an embedded PostgreSQL started
 * by this test), with the production roles of docs/database-grants.md: Flyway as the owner, the service as the
 * application role that may not update or delete events. Four clients, one per province drive, each logged in as
 * that province's officer, send meetings, each with an {@code Idempotency-Key} of its own, and note which got a
 * 2xx. After {@value #KILL_AFTER_ACKNOWLEDGEMENTS} acknowledgements the process is killed; it is started again on
 * the same database; each client then retries every command it has no answer for, with its original key and
 * body, sends the rest of its commands, and re-sends a sample of the acknowledged ones. Then:
 * <ul>
 * <li>every acknowledged command is in the event store exactly once;</li>
 * <li>every command sent is in the event store exactly once, the retried ones included;</li>
 * <li>a re-sent acknowledged command gets its first answer back;</li>
 * <li>the read models catch up: each drive's audit trail has as many entries as the drive has events.</li>
 * </ul>
 * What was measured is printed, and kept with the service's logs in {@code target/crash-test/}.
 */
class CrashRecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] PROVINCES = {92, 84, 90, 80};
    private static final int COMMANDS_PER_CLIENT = 40;
    private static final int KILL_AFTER_ACKNOWLEDGEMENTS = 60;
    private static final int ATTEMPTS_AFTER_RESTART = 6;
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String adminPassword = "crash-admin-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceClient calls = new ServiceClient(http, REQUEST_TIMEOUT);
    private final Map<String, Long> timings = new LinkedHashMap<>();
    /** The service process running now, if any: killed whatever happens. */
    private ServiceProcess service;

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void every_acknowledged_command_survives_a_kill_9_exactly_once_and_retries_add_no_duplicates(@TempDir Path temp)
            throws Exception {
        Path jar = ServiceProcess.packagedJar();
        Path logs = jar.getParent().resolve("crash-test").resolve(run);
        try (ServiceDatabase database = ServiceDatabase.create(temp, "crash")) {
            try {
                crashAndRecover(jar, logs, database, temp);
            } finally {
                if (service != null) {
                    service.close();
                }
            }
        }
    }

    private void crashAndRecover(Path jar, Path logs, ServiceDatabase database, Path temp) throws Exception {
        List<String> arguments = List.of("--oneplan.security.initial-admin-password=" + adminPassword,
                "--oneplan.security.password-hash-strength=4",
                "--logging.level.org.axonframework=WARN");

        long t0 = System.nanoTime();
        service = ServiceProcess.start(jar, temp.resolve("work"), logs.resolve("service.log"),
                database.serviceEnvironment(temp.resolve("flyway")), arguments);
        service.awaitHealthy(http, STARTUP_LIMIT);
        timings.put("first start until healthy", millisSince(t0));

        List<Client> clients = prepareClients(service);

        // Phase 1: four clients stream commands until enough were acknowledged, then kill -9.
        long t1 = System.nanoTime();
        AtomicBoolean serverGone = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size(), r -> {
            Thread thread = new Thread(r, "crash-test-client");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> streams = new ArrayList<>();
        String firstUrl = service.baseUrl();
        for (Client client : clients) {
            streams.add(pool.submit(() -> client.streamUntilGone(firstUrl, serverGone, acknowledged)));
        }
        long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.get() < KILL_AFTER_ACKNOWLEDGEMENTS && System.nanoTime() < waitUntil
                && streams.stream().anyMatch(f -> !f.isDone())) {
            Thread.sleep(2);
        }
        int acknowledgedAtKill = acknowledged.get();
        long killedPid = service.pid();
        // Clients send nothing new from now on; what is in flight stays in flight and dies with the process.
        serverGone.set(true);
        service.kill();
        timings.put("streaming until kill -9", millisSince(t1));
        for (Future<?> stream : streams) {
            stream.get(60, TimeUnit.SECONDS);
        }
        assertThat(acknowledgedAtKill).as("acknowledgements before the kill").isGreaterThanOrEqualTo(
                KILL_AFTER_ACKNOWLEDGEMENTS);
        Map<String, Integer> storeRightAfterKill = database.meetingCommandIds();

        // Restart on the same database.
        long t2 = System.nanoTime();
        service = ServiceProcess.start(jar, temp.resolve("work"), logs.resolve("service.log"),
                database.serviceEnvironment(temp.resolve("flyway")), arguments);
        service.awaitHealthy(http, STARTUP_LIMIT);
        timings.put("restart until healthy", millisSince(t2));

        // Phase 2: retry what had no answer (same key, same body), send the rest, re-send some acknowledged.
        long t3 = System.nanoTime();
        String secondUrl = service.baseUrl();
        streams.clear();
        for (Client client : clients) {
            streams.add(pool.submit(() -> client.recover(secondUrl)));
        }
        for (Future<?> stream : streams) {
            stream.get(90, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        timings.put("retries and the rest of the stream", millisSince(t3));

        // What the event store holds.
        Map<String, Integer> store = database.meetingCommandIds();
        List<String> acknowledgedLost = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> sentMissing = new ArrayList<>();
        for (Client client : clients) {
            for (String key : client.acknowledgedBeforeKill) {
                int n = store.getOrDefault(key, 0);
                if (n == 0) {
                    acknowledgedLost.add(key);
                }
            }
            for (Command command : client.plan) {
                int n = store.getOrDefault(command.key(), 0);
                if (n == 0 && client.wasSent(command)) {
                    sentMissing.add(command.key());
                }
            }
        }
        store.forEach((key, n) -> {
            if (n > 1) {
                duplicates.add(key + " x" + n);
            }
        });
        Map<String, Long> storeCounts = new HashMap<>();
        for (Client client : clients) {
            storeCounts.put(client.driveId, database.eventCount(client.driveId));
        }

        // The read models catch up with the event store.
        long t4 = System.nanoTime();
        Map<String, Long> audited = awaitAuditCatchUp(service, clients, storeCounts);
        timings.put("read models caught up", millisSince(t4));

        String summary = summary(clients, killedPid, acknowledgedAtKill, storeRightAfterKill, store,
                acknowledgedLost, duplicates, sentMissing, storeCounts, audited);
        System.out.println(summary);
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("summary.txt"), summary, StandardCharsets.UTF_8);

        List<String> unexpected = clients.stream().flatMap(c -> c.unexpected.stream()).toList();
        assertThat(unexpected).as("answers other than 2xx or a connection lost to the kill").isEmpty();
        assertThat(acknowledgedLost).as("acknowledged commands missing from the event store").isEmpty();
        assertThat(sentMissing).as("commands sent (and retried) that never made it to the event store").isEmpty();
        assertThat(clients.stream().mapToInt(c -> c.unacknowledgedAfterRetries().size()).sum())
                .as("commands still without a 2xx after the retries").isZero();
        assertThat(duplicates).as("commands recorded more than once (Idempotency-Key not honoured across the "
                + "crash?)").isEmpty();
        assertThat(store.keySet()).as("every meeting in the store is one the clients sent")
                .allMatch(k -> k.startsWith("crash-" + run + "-"));
        assertThat(store.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(clients.size() * COMMANDS_PER_CLIENT);
        List<String> replayMismatches = clients.stream().flatMap(c -> c.replayMismatches.stream()).toList();
        assertThat(replayMismatches).as("re-sent acknowledged commands that did not get their first answer")
                .isEmpty();
        assertThat(audited).as("audit trail entries per drive = events per drive").isEqualTo(storeCounts);
    }

    private List<Client> prepareClients(ServiceProcess service) throws Exception {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < PROVINCES.length; i++) {
            int province = PROVINCES[i];
            String username = "crash-officer-" + province;
            String password = "crash-password-" + UUID.randomUUID();
            Response created = calls.request(service.baseUrl(), "POST", "/api/admin/users", basic("admin", adminPassword),
                    Map.of(), JSON.writeValueAsString(Map.of("username", username, "password", password,
                            "role", "PROVINCIAL_OFFICER", "provinceCode", province, "mustChangePassword", false)));
            // 404: a service without the built-in user store (no access control yet); the credentials are ignored.
            assertThat(created.status()).as("creating %s: %s", username, created.body()).isIn(201, 404);
            Client client = new Client(i, province, username, password);
            Response started = calls.request(service.baseUrl(), "POST", "/api/drives", client.credentials(), Map.of(),
                    JSON.writeValueAsString(Map.of("provinceCode", province, "fiscalYear", 2562,
                            "leadOfficer", Map.of("name", "นายทดสอบ ระบบ", "position", "แรงงานจังหวัด"),
                            "leadAssignedOn", "2018-10-19")));
            assertThat(started.status()).as("starting drive %s: %s", client.driveId, started.body()).isEqualTo(201);
            clients.add(client);
        }
        return clients;
    }

    private Map<String, Long> awaitAuditCatchUp(ServiceProcess service, List<Client> clients, Map<String, Long> expected)
            throws InterruptedException {
        Map<String, Long> audited = new HashMap<>();
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (true) {
            for (Client client : clients) {
                try {
                    Response audit = calls.request(service.baseUrl(), "GET", "/api/drives/" + client.driveId + "/audit?page=0&size=1",
                            client.credentials(), Map.of(), null);
                    if (audit.status() == 200) {
                        audited.put(client.driveId, JSON.readTree(audit.body()).path("totalEntries").asLong(-1));
                    }
                } catch (IOException e) {
                    audited.remove(client.driveId);
                }
            }
            if (audited.equals(expected) || System.nanoTime() > deadline) {
                return audited;
            }
            Thread.sleep(250);
        }
    }

    private String summary(List<Client> clients, long killedPid, int acknowledgedAtKill,
                           Map<String, Integer> storeRightAfterKill, Map<String, Integer> store,
                           List<String> acknowledgedLost, List<String> duplicates, List<String> sentMissing,
                           Map<String, Long> storeCounts, Map<String, Long> audited) {
        int sentBeforeKill = clients.stream().mapToInt(c -> c.sentBeforeKill).sum();
        int unacknowledged = clients.stream().mapToInt(c -> c.unacknowledgedAtKill.size()).sum();
        int inDoubtRecorded = 0;
        for (Client client : clients) {
            for (Command command : client.unacknowledgedAtKill) {
                if (storeRightAfterKill.getOrDefault(command.key(), 0) > 0) {
                    inDoubtRecorded++;
                }
            }
        }
        StringBuilder s = new StringBuilder();
        s.append("===== crash test ").append(run).append(" =====\n");
        s.append("clients: ").append(clients.size()).append(" (drives ")
                .append(clients.stream().map(c -> c.driveId).toList()).append("), commands planned: ")
                .append(clients.size() * COMMANDS_PER_CLIENT).append('\n');
        s.append("before kill -9 of pid ").append(killedPid).append(": sent ").append(sentBeforeKill)
                .append(", acknowledged ").append(clients.stream().mapToInt(c -> c.acknowledgedBeforeKill.size()).sum())
                .append(" (").append(acknowledgedAtKill).append(" when the kill was sent), without an answer ")
                .append(unacknowledged).append(", of which already in the store at the kill: ").append(inDoubtRecorded)
                .append('\n');
        s.append("after restart: retried with their keys ").append(unacknowledged).append(" (answered as replays: ")
                .append(clients.stream().mapToInt(c -> c.replayedRetries.get()).sum()).append("), sent for the first time ")
                .append(clients.stream().mapToInt(c -> c.sentAfterRestart.get()).sum())
                .append(", acknowledged ones re-sent ").append(clients.stream().mapToInt(c -> c.resent.get()).sum())
                .append(" (first answer back: ").append(clients.stream().mapToInt(c -> c.resentReplayed.get()).sum())
                .append(", mismatches: ").append(clients.stream().mapToInt(c -> c.replayMismatches.size()).sum())
                .append(")\n");
        s.append("event store: meetings ").append(store.values().stream().mapToInt(Integer::intValue).sum())
                .append(" for ").append(store.size()).append(" keys; acknowledged but missing: ")
                .append(acknowledgedLost.size()).append(", sent but missing: ").append(sentMissing.size())
                .append(", duplicates: ").append(duplicates.size()).append(duplicates.isEmpty() ? "" : " " + duplicates)
                .append('\n');
        s.append("events per drive: ").append(storeCounts).append(", audit totalEntries: ").append(audited).append('\n');
        s.append("unexpected answers: ").append(clients.stream().mapToInt(c -> c.unexpected.size()).sum())
                .append(clients.stream().flatMap(c -> c.unexpected.stream()).limit(5).toList()).append('\n');
        s.append("timings (ms): ").append(timings).append('\n');
        return s.toString();
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }




    record Command(String key, String path, String body) {
    }

    /** One client: a provincial officer recording meetings on their province's drive, from a thread of its own. */
    private final class Client {
        final int province;
        final String driveId;
        final String username;
        final String password;
        final List<Command> plan = new ArrayList<>();
        final List<String> acknowledgedBeforeKill = Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> firstAnswers = new ConcurrentHashMap<>();
        final List<Command> unacknowledgedAtKill = Collections.synchronizedList(new ArrayList<>());
        final List<Command> stillUnacknowledged = Collections.synchronizedList(new ArrayList<>());
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        final List<String> replayMismatches = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger replayedRetries = new AtomicInteger();
        final AtomicInteger sentAfterRestart = new AtomicInteger();
        final AtomicInteger resent = new AtomicInteger();
        final AtomicInteger resentReplayed = new AtomicInteger();
        volatile int next;
        volatile int sentBeforeKill;

        Client(int index, int province, String username, String password) throws IOException {
            this.province = province;
            this.driveId = province + "-2562";
            this.username = username;
            this.password = password;
            for (int n = 1; n <= COMMANDS_PER_CLIENT; n++) {
                String body = JSON.writeValueAsString(Map.of(
                        "meetingNumber", n + "/2562",
                        "meetingType", "OTHER",
                        "meetingDate", LocalDate.of(2018, 10, 22).plusDays(n * 5L).toString(),
                        "chair", "รองผู้ว่าราชการจังหวัด",
                        "attendees", List.of("client " + index, "run " + run),
                        "resolutions", List.of("วาระที่ " + n)));
                plan.add(new Command("crash-" + run + "-" + province + "-" + n,
                        "/api/drives/" + driveId + "/meetings", body));
            }
        }

        String credentials() {
            return basic(username, password);
        }

        boolean wasSent(Command command) {
            return plan.indexOf(command) < next;
        }

        /** Sends the planned commands one after the other until the service is gone. */
        void streamUntilGone(String baseUrl, AtomicBoolean serverGone, AtomicInteger acknowledged) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (next < plan.size() && !serverGone.get() && System.nanoTime() < deadline) {
                Command command = plan.get(next++);
                sentBeforeKill++;
                Response answer = send(baseUrl, command);
                if (answer != null && answer.status() / 100 == 2) {
                    firstAnswers.put(command.key(), answer.body());
                    acknowledgedBeforeKill.add(command.key());
                    acknowledged.incrementAndGet();
                } else {
                    // No answer (the connection died with the service) or a 5xx: the client cannot know.
                    unacknowledgedAtKill.add(command);
                    if (answer != null && answer.status() < 500) {
                        unexpected.add(command.key() + " -> " + answer.status() + " " + answer.body());
                    }
                }
            }
        }

        /** After the restart: retry with the original keys, send the rest, re-send a sample of the acknowledged. */
        void recover(String baseUrl) {
            for (Command command : List.copyOf(unacknowledgedAtKill)) {
                Response answer = sendUntilAnswered(baseUrl, command);
                if (answer != null && answer.replayed()) {
                    replayedRetries.incrementAndGet();
                }
            }
            while (next < plan.size()) {
                Command command = plan.get(next++);
                sentAfterRestart.incrementAndGet();
                sendUntilAnswered(baseUrl, command);
            }
            List<String> acknowledged = List.copyOf(acknowledgedBeforeKill);
            for (int i = 0; i < acknowledged.size(); i += 4) {
                String key = acknowledged.get(i);
                Command command = plan.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
                resent.incrementAndGet();
                Response answer = send(baseUrl, command);
                if (answer == null || answer.status() != 201 || !sameJson(answer.body(), firstAnswers.get(key))) {
                    replayMismatches.add(key + ": first " + firstAnswers.get(key) + ", again "
                            + (answer == null ? "no answer" : answer.status() + " " + answer.body()));
                } else if (answer.replayed()) {
                    resentReplayed.incrementAndGet();
                }
            }
        }

        List<Command> unacknowledgedAfterRetries() {
            return stillUnacknowledged;
        }

        private Response sendUntilAnswered(String baseUrl, Command command) {
            Response answer = null;
            for (int attempt = 1; attempt <= ATTEMPTS_AFTER_RESTART; attempt++) {
                answer = send(baseUrl, command);
                if (answer != null && answer.status() / 100 == 2) {
                    return answer;
                }
                if (answer != null && answer.status() < 500) {
                    unexpected.add(command.key() + " (after restart) -> " + answer.status() + " " + answer.body());
                    break;
                }
                try {
                    Thread.sleep(500L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            stillUnacknowledged.add(command);
            return answer;
        }

        /** One attempt: the answer, or null when the connection failed (refused, reset, timed out). */
        private Response send(String baseUrl, Command command) {
            try {
                return calls.request(baseUrl, "POST", command.path(), credentials(),
                        Map.of("Idempotency-Key", command.key(), "X-Recorded-By", username), command.body());
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static boolean sameJson(String a, String b) {
        try {
            return a != null && b != null && JSON.readTree(a).equals(JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }
}
