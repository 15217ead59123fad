package th.go.mol.oneplan.app.nodes;

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
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static th.go.mol.oneplan.app.processes.ServiceClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command nodes and two query nodes of one installation, each a {@code java -jar} process of the packaged
 * service, on one PostgreSQL (a fresh database on the server of {@code SPRING_DATASOURCE_URL}, or else an embedded
 * PostgreSQL of this test's own), as docs/scaling.md runs them:
 * <ul>
 * <li>the query nodes share each processing group's segments through the token store: each owns part of every
 * group that has more than one segment ({@code tokenentry.owner});</li>
 * <li>a query node killed with SIGKILL, and later one stopped gracefully: the other takes all its segments over,
 * and the read tables end up with every event once (a drive's audit entries and event count equal its stream,
 * the field visits equal those accepted, nothing dead-lettered);</li>
 * <li>two clients on each command node log field visits to one drive at the same time, spending from one
 * project whose budget holds fewer visits than they send: exactly as many are accepted as the budget holds, the
 * rest refused with 409, the drive's stream has no gap or duplicate, every answer's version is another; an
 * {@code If-Match} that was current on one node is refused with 409 on the other once that one moved on;</li>
 * <li>a login token from one node is taken by all.</li>
 * </ul>
 * What was measured (start-up, the takeovers) is printed and kept with the nodes' logs in {@code target/multi-node/}.
 */
class MultiNodeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTESTED_DRIVE = "30-2562";
    private static final int[] STREAMED_PROVINCES = {31, 32, 33, 34};
    /** The project's budget and what each visit spends: 28 visits fit, the 29th would overspend. */
    private static final long BUDGET_BAHT = 20_000;
    private static final long VISIT_BAHT = 700;
    private static final int VISITS_PER_CLIENT = 10;
    private static final int CLIENTS_PER_COMMAND_NODE = 2;
    /** Segments of the groups split for the test, so that the share of each node is plain to see. */
    private static final Map<String, Integer> SEGMENTS = Map.of("drive-audit", 4, "drive-acts", 4);
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(240);
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(90);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String adminPassword = "nodes-admin-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ServiceClient calls = new ServiceClient(http, REQUEST_TIMEOUT);
    private final Map<String, Object> measured = new LinkedHashMap<>();
    private final List<ServiceProcess> processes = Collections.synchronizedList(new ArrayList<>());

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void two_query_nodes_share_and_take_over_segments_and_two_command_nodes_keep_every_rule(@TempDir Path temp)
            throws Exception {
        Path jar = ServiceProcess.packagedJar();
        Path logs = jar.getParent().resolve("multi-node").resolve(run);
        try (ServiceDatabase database = ServiceDatabase.create(temp, "nodes")) {
            try {
                runInstallation(jar, logs, database, temp);
            } finally {
                processes.forEach(ServiceProcess::close);
                String summary = "===== multi-node test " + run + " =====\n" + measured + "\n";
                System.out.println(summary);
                Files.createDirectories(logs);
                Files.writeString(logs.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            }
        }
    }

    private void runInstallation(Path jar, Path logs, ServiceDatabase database, Path temp) throws Exception {
        Map<String, String> environment = new HashMap<>(database.serviceEnvironment(temp.resolve("flyway")));
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        // One installation: every node has the same personal-data master key and the same first admin.
        environment.put("ONEPLAN_PERSONAL_DATA_MASTER_KEY", Base64.getEncoder().encodeToString(masterKey));
        environment.put("ONEPLAN_SECURITY_INITIAL_ADMIN_PASSWORD", adminPassword);

        // Given two command nodes and two query nodes started together on one database
        long t0 = System.nanoTime();
        ExecutorService starting = Executors.newFixedThreadPool(4);
        Future<ServiceProcess> c1 = starting.submit(node(jar, temp, logs, environment, "command", "command-1"));
        Future<ServiceProcess> c2 = starting.submit(node(jar, temp, logs, environment, "command", "command-2"));
        Future<ServiceProcess> q1Start = starting.submit(node(jar, temp, logs, environment, "query", "query-1"));
        Future<ServiceProcess> q2Start = starting.submit(node(jar, temp, logs, environment, "query", "query-2"));
        ServiceProcess command1 = c1.get();
        ServiceProcess command2 = c2.get();
        ServiceProcess query1 = q1Start.get();
        ServiceProcess query2 = q2Start.get();
        starting.shutdown();
        measured.put("four nodes started until all healthy (ms)", millisSince(t0));

        // and a provincial officer per drive, logged in on one command node, using the token on every node
        Map<Integer, String> tokens = new HashMap<>();
        for (int province : provinces()) {
            String username = "nodes-officer-" + province;
            String password = "nodes-password-" + UUID.randomUUID();
            Response created = calls.request(command1.baseUrl(), "POST", "/api/admin/users", basic("admin", adminPassword),
                    Map.of(), JSON.writeValueAsString(Map.of("username", username, "password", password,
                            "role", "PROVINCIAL_OFFICER", "provinceCode", province, "mustChangePassword", false)));
            assertThat(created.status()).as("creating %s: %s", username, created.body()).isEqualTo(201);
            Response login = calls.request(command2.baseUrl(), "POST", "/api/login", null, Map.of(),
                    JSON.writeValueAsString(Map.of("username", username, "password", password)));
            assertThat(login.status()).as("login on command-2: %s", login.body()).isEqualTo(200);
            tokens.put(province, "Bearer " + JSON.readTree(login.body()).path("accessToken").asText());
        }
        String officer30 = tokens.get(30);
        for (ServiceProcess node : List.of(command1, query1, query2)) {
            assertThat(calls.request(node.baseUrl(), "GET", "/api/me", officer30, Map.of(), null).status())
                    .as("a token of command-2 on %s", node.baseUrl()).isEqualTo(200);
        }

        // and drives: one contested by every client, four more each streamed meetings to
        givenNakhonRatchasimaPlanWithOneProject(command1, command2, officer30);
        for (int province : STREAMED_PROVINCES) {
            Response started = calls.request(command2.baseUrl(), "POST", "/api/drives", tokens.get(province), Map.of(),
                    JSON.writeValueAsString(Map.of("provinceCode", province, "fiscalYear", 2562,
                            "leadOfficer", Map.of("name", "นายทดสอบ ระบบ", "position", "แรงงานจังหวัด"),
                            "leadAssignedOn", "2018-10-19")));
            assertThat(started.status()).as("starting %s-2562: %s", province, started.body()).isEqualTo(201);
        }

        // Then the query nodes share the segments of every group that has more than one
        long t1 = System.nanoTime();
        Map<String, Map<String, Integer>> shared = awaitOwners(database, Set.of(owner(query1), owner(query2)),
                Duration.ofSeconds(90));
        measured.put("segments shared by both query nodes after (ms)", millisSince(t1));
        measured.put("segments per owner, both query nodes running", shared);

        // When meetings stream to four drives through both command nodes,
        AtomicBoolean stopStreams = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(STREAMED_PROVINCES.length + 2 * CLIENTS_PER_COMMAND_NODE);
        List<Future<List<String>>> streams = new ArrayList<>();
        for (int i = 0; i < STREAMED_PROVINCES.length; i++) {
            int province = STREAMED_PROVINCES[i];
            List<ServiceProcess> both = i % 2 == 0 ? List.of(command1, command2) : List.of(command2, command1);
            streams.add(clients.submit(() -> streamMeetings(province, tokens.get(province), both, stopStreams)));
        }

        // and four clients, two on each command node, log field visits to one drive at the same time
        List<Future<List<Response>>> visitors = new ArrayList<>();
        for (int client = 0; client < 2 * CLIENTS_PER_COMMAND_NODE; client++) {
            ServiceProcess node = client % 2 == 0 ? command1 : command2;
            int number = client;
            visitors.add(clients.submit(() -> logVisits(node, officer30, number)));
        }
        List<Response> visitAnswers = new ArrayList<>();
        for (Future<List<Response>> visitor : visitors) {
            visitAnswers.addAll(visitor.get(180, TimeUnit.SECONDS));
        }

        // Then exactly as many visits are accepted as the budget holds, whichever node took them
        List<Response> accepted = visitAnswers.stream().filter(a -> a.status() == 201).toList();
        List<Response> refused = visitAnswers.stream().filter(a -> a.status() != 201).toList();
        measured.put("field visits accepted / refused", accepted.size() + " / " + refused.size());
        assertThat(refused).as("visits refused for anything but overspending")
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(409);
                    assertThat(a.body()).contains("overspend");
                });
        assertThat(accepted).hasSize((int) (BUDGET_BAHT / VISIT_BAHT));
        List<Long> versions = new ArrayList<>();
        for (Response answer : accepted) {
            versions.add(JSON.readTree(answer.body()).path("version").asLong());
        }
        assertThat(new HashSet<>(versions)).as("each accepted visit made a version of its own").hasSize(versions.size());

        // and an If-Match current on one node is refused on the other once that one moved on
        Response now = meeting(command1, officer30, CONTESTED_DRIVE, 901, Map.of());
        assertThat(now.status()).as("%s", now.body()).isEqualTo(201);
        String etag = now.etag();
        Response onOtherNode = meeting(command2, officer30, CONTESTED_DRIVE, 902, Map.of("If-Match", etag));
        assertThat(onOtherNode.status()).as("If-Match %s on command-2: %s", etag, onOtherNode.body()).isEqualTo(201);
        Response stale = meeting(command1, officer30, CONTESTED_DRIVE, 903, Map.of("If-Match", etag));
        assertThat(stale.status()).as("If-Match %s on command-1 after command-2 moved on: %s", etag, stale.body())
                .isEqualTo(409);
        assertThat(stale.body()).contains("stale-version");

        // When one query node is killed with SIGKILL while the meetings stream
        String killed = owner(query1);
        long t2 = System.nanoTime();
        query1.kill();
        // Then the other takes every segment over
        awaitOwners(database, Set.of(owner(query2)), TAKEOVER_LIMIT);
        measured.put("takeover after kill -9 of query-1 (ms)", millisSince(t2));
        assertThat(ownersOf(database).keySet()).doesNotContain(killed);

        // When it is started again, the two share again; and when the other is stopped gracefully
        long t3 = System.nanoTime();
        ServiceProcess query3 = node(jar, temp, logs, environment, "query", "query-1-again").call();
        measured.put("query-1 restarted until healthy (ms)", millisSince(t3));
        long t4 = System.nanoTime();
        awaitOwners(database, Set.of(owner(query2), owner(query3)), Duration.ofSeconds(90));
        measured.put("segments shared again after (ms)", millisSince(t4));
        long t5 = System.nanoTime();
        assertThat(query2.stop(Duration.ofSeconds(60))).as("query-2 stopped within 60 s").isTrue();
        measured.put("graceful stop of query-2 took (ms)", millisSince(t5));
        // Then the one left takes every segment over
        awaitOwners(database, Set.of(owner(query3)), TAKEOVER_LIMIT);
        measured.put("takeover after graceful stop of query-2, from SIGTERM (ms)", millisSince(t5));

        stopStreams.set(true);
        Map<Integer, List<String>> streamProblems = new TreeMap<>();
        for (int i = 0; i < streams.size(); i++) {
            streamProblems.put(STREAMED_PROVINCES[i], streams.get(i).get(60, TimeUnit.SECONDS));
        }
        clients.shutdownNow();
        assertThat(streamProblems.values()).as("answers other than 201 to the streamed meetings")
                .allMatch(List::isEmpty);

        // Then every drive's stream has no gap or duplicate, and the read tables hold every event exactly once
        Map<String, Long> events = new TreeMap<>();
        for (int province : provinces()) {
            String drive = province + "-2562";
            long[] stream = database.streamShape(drive);
            assertThat(stream[0]).as("%s: events = highest sequence number + 1 (no gap, no duplicate)", drive)
                    .isEqualTo(stream[1] + 1);
            events.put(drive, stream[0]);
        }
        measured.put("events per drive", events);
        Map<String, long[]> folded = awaitReadTables(database, events, Duration.ofSeconds(90));
        Map<String, String> foldedShown = new TreeMap<>();
        folded.forEach((drive, counts) -> foldedShown.put(drive, counts[0] + " audit / " + counts[1] + " overview"));
        measured.put("read tables: audit entries / overview event count", foldedShown);
        folded.forEach((drive, counts) -> {
            assertThat(counts[0]).as("%s audit entries", drive).isEqualTo(events.get(drive));
            assertThat(counts[1]).as("%s event count in drive_overview", drive).isEqualTo(events.get(drive));
        });
        JsonNode audit = JSON.readTree(calls.request(query3.baseUrl(), "GET", "/api/drives/" + CONTESTED_DRIVE
                + "/audit?page=0&size=1", officer30, Map.of(), null).body());
        assertThat(audit.path("totalEntries").asLong()).isEqualTo(events.get(CONTESTED_DRIVE));
        try (Connection c = database.connect()) {
            assertThat(single(c, "SELECT count(*) FROM drive_act_field_visit_logged WHERE event_id LIKE ?",
                    CONTESTED_DRIVE + "/%")).as("field visits in drive-acts").isEqualTo(accepted.size());
            assertThat(single(c, "SELECT COALESCE(sum(amount_spent_satang), 0) FROM drive_act_field_visit_logged "
                    + "WHERE event_id LIKE ?", CONTESTED_DRIVE + "/%")).as("spent, in satang")
                    .isEqualTo(accepted.size() * VISIT_BAHT * 100).isLessThanOrEqualTo(BUDGET_BAHT * 100);
            assertThat(single(c, "SELECT count(*) FROM deadletterentry", null)).as("dead letters").isZero();
        }
    }

    private Callable<ServiceProcess> node(Path jar, Path temp, Path logs, Map<String, String> environment,
                                          String profile, String name) {
        return () -> {
            List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=" + profile,
                    "--oneplan.security.password-hash-strength=4",
                    "--logging.level.org.axonframework=WARN"));
            SEGMENTS.forEach((group, n) -> arguments.add("--oneplan.projections.segments." + group + "=" + n));
            ServiceProcess process = ServiceProcess.start(jar, temp.resolve(name), logs.resolve(name + ".log"),
                    environment, arguments);
            processes.add(process);
            process.awaitHealthy(http, STARTUP_LIMIT);
            return process;
        };
    }

    /** Axon's token store names a claim's owner by the JVM: {@code <pid>@<host>}. */
    private static String owner(ServiceProcess process) {
        return process.pid() + "@";
    }

    private static List<Integer> provinces() {
        List<Integer> all = new ArrayList<>(List.of(30));
        for (int province : STREAMED_PROVINCES) {
            all.add(province);
        }
        return all;
    }

    /**
     * Waits until the projections' segments are owned by exactly the given nodes (owner prefixes), each owning a
     * part of every group with more than one segment; returns the segments each owner holds per group.
     */
    private Map<String, Map<String, Integer>> awaitOwners(ServiceDatabase database, Set<String> nodes,
                                                         Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<String, Map<String, Integer>> owners = Map.of();
        while (System.nanoTime() < deadline) {
            owners = ownersOf(database);
            if (ownedByExactly(owners, nodes, database)) {
                return owners;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("segments not owned by exactly " + nodes + " within " + limit + ": " + owners);
    }

    private static boolean ownedByExactly(Map<String, Map<String, Integer>> owners, Set<String> nodes,
                                          ServiceDatabase database) throws SQLException {
        if (owners.containsKey(null)) {
            return false;
        }
        Set<String> owning = new HashSet<>();
        for (String owner : owners.keySet()) {
            String node = nodes.stream().filter(owner::startsWith).findFirst().orElse(null);
            if (node == null) {
                return false;
            }
            owning.add(node);
        }
        if (!owning.equals(nodes)) {
            return false;
        }
        // every group with several segments has a part on each node
        Map<String, Integer> segments = database.segmentsPerGroup();
        for (Map.Entry<String, Integer> group : segments.entrySet()) {
            if (group.getValue() < nodes.size()) {
                continue;
            }
            for (String node : nodes) {
                boolean holdsPart = owners.entrySet().stream().anyMatch(o -> o.getKey().startsWith(node)
                        && o.getValue().getOrDefault(group.getKey(), 0) > 0);
                if (!holdsPart) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Segments per processing group per owner (null: unclaimed). */
    private static Map<String, Map<String, Integer>> ownersOf(ServiceDatabase database) throws SQLException {
        Map<String, Map<String, Integer>> owners = new TreeMap<>((a, b) -> a == null ? (b == null ? 0 : -1)
                : b == null ? 1 : a.compareTo(b));
        try (Connection c = database.connect();
             PreparedStatement p = c.prepareStatement("SELECT owner, processorname, count(*) FROM tokenentry "
                     + "GROUP BY owner, processorname");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                owners.computeIfAbsent(rs.getString(1), o -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
            }
        }
        return owners;
    }

    private Map<String, long[]> awaitReadTables(ServiceDatabase database, Map<String, Long> events, Duration limit)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Map<String, long[]> folded = new TreeMap<>();
        while (true) {
            boolean all = true;
            try (Connection c = database.connect()) {
                for (String drive : events.keySet()) {
                    long audit = single(c, "SELECT count(*) FROM drive_audit_entry WHERE drive_id = ?", drive);
                    long overview = single(c, "SELECT COALESCE(max(event_count), 0) FROM drive_overview "
                            + "WHERE drive_id = ?", drive);
                    folded.put(drive, new long[]{audit, overview});
                    all &= audit >= events.get(drive) && overview >= events.get(drive);
                }
            }
            if (all || System.nanoTime() > deadline) {
                // a moment more: an event handled twice would show as a count beyond the stream
                Thread.sleep(all ? 2_000 : 0);
                try (Connection c = database.connect()) {
                    for (String drive : events.keySet()) {
                        folded.put(drive, new long[]{
                                single(c, "SELECT count(*) FROM drive_audit_entry WHERE drive_id = ?", drive),
                                single(c, "SELECT COALESCE(max(event_count), 0) FROM drive_overview WHERE drive_id = ?",
                                        drive)});
                    }
                }
                return folded;
            }
            Thread.sleep(250);
        }
    }

    private static long single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            if (parameter != null) {
                p.setString(1, parameter);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The drive of Nakhon Ratchasima with an approved plan of one project of {@value #BUDGET_BAHT} baht. */
    private void givenNakhonRatchasimaPlanWithOneProject(ServiceProcess command1, ServiceProcess command2,
                                                         String officer) throws Exception {
        String drive = "/api/drives/" + CONTESTED_DRIVE;
        created(command1, officer, "/api/drives", "{'provinceCode':30,'fiscalYear':2562,'leadOfficer':{'name':'Lead',"
                + "'position':'Provincial Labour head'},'leadAssignedOn':'2018-10-20'}");
        created(command2, officer, drive + "/meetings", "{'meetingNumber':'1/2562','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'2019-01-15','chair':'Vice governor'}");
        created(command1, officer, drive + "/working-group", "{'orderNumber':'นม 100/2561','orderDate':'2018-12-01',"
                + "'signedBy':'Governor of Nakhon Ratchasima','members':["
                + "{'name':'Head','position':'Provincial Labour head','organisation':'PLO','sector':'GOVERNMENT','role':'HEAD'},"
                + "{'name':'Owner','position':'Chair','organisation':'SME club','sector':'PRIVATE','role':'MEMBER'},"
                + "{'name':'Volunteer','position':'Chair','organisation':'Labour volunteers','sector':'PEOPLE','role':'MEMBER'}]}");
        created(command2, officer, drive + "/plans", "{'oneGoal':'Informal workers have income','writtenOn':'2019-01-10',"
                + "'projects':[{'projectCode':'P1','name':'Skills','owningAgency':'SKILL_DEVELOPMENT_OFFICE',"
                + "'targetGroup':'farmers','targetHeadcount':20,'pilotSites':[300101],'budget':" + BUDGET_BAHT
                + ",'budgetSource':'CENTRAL_MINISTRY'}]}");
        created(command1, officer, drive + "/plans/1/approval", "{'meetingNumber':'1/2562'}");
    }

    private void created(ServiceProcess node, String authorization, String path, String singleQuotedJson)
            throws Exception {
        Response answer = calls.request(node.baseUrl(), "POST", path, authorization, Map.of(),
                singleQuotedJson.replace('\'', '"'));
        assertThat(answer.status()).as("POST %s: %s", path, answer.body()).isEqualTo(201);
    }

    /** One client's field visits, each spending {@value #VISIT_BAHT} baht of project P1, one after the other. */
    private List<Response> logVisits(ServiceProcess node, String officer, int client) throws Exception {
        List<Response> answers = new ArrayList<>();
        long lastVersion = 0;
        for (int n = 0; n < VISITS_PER_CLIENT; n++) {
            String body = JSON.writeValueAsString(Map.of(
                    "visitDate", LocalDate.of(2019, 2, 1).plusDays(client * 30L + n).toString(),
                    "siteSubdistrictCode", 300101,
                    "venue", "Tambon hall " + client,
                    "peopleReached", 10,
                    "planProjectCode", "P1",
                    "amountSpent", java.math.BigDecimal.valueOf(VISIT_BAHT * 100, 2)));
            Response answer = calls.request(node.baseUrl(), "POST", "/api/drives/" + CONTESTED_DRIVE + "/field-visits",
                    officer, Map.of("Idempotency-Key", "visit-" + run + "-" + client + "-" + n), body);
            if (answer.status() == 201) {
                long version = JSON.readTree(answer.body()).path("version").asLong();
                // One client's commands follow each other: each sees the drive after its previous one.
                assertThat(version).as("client %s's versions grow", client).isGreaterThan(lastVersion);
                lastVersion = version;
            }
            answers.add(answer);
        }
        return answers;
    }

    /** Meetings to one drive, alternating between the command nodes, until told to stop; the unexpected answers. */
    private List<String> streamMeetings(int province, String officer, List<ServiceProcess> nodes,
                                        AtomicBoolean stop) {
        List<String> problems = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        while (!stop.get() && n.get() < 2_000) {
            int number = n.incrementAndGet();
            ServiceProcess node = nodes.get(number % nodes.size());
            try {
                Response answer = meeting(node, officer, province + "-2562", number, Map.of());
                if (answer.status() != 201) {
                    problems.add(number + " -> " + answer.status() + " " + answer.body());
                }
                // A steady stream, not a flood: the nodes share two cores with this test.
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                problems.add(number + " -> " + e);
            }
        }
        return problems;
    }

    private Response meeting(ServiceProcess node, String officer, String driveId, int number,
                             Map<String, String> headers) throws Exception {
        String body = JSON.writeValueAsString(Map.of(
                "meetingNumber", number + "/2562",
                "meetingType", "OTHER",
                "meetingDate", LocalDate.of(2018, 10, 22).plusDays(Math.min(number, 340)).toString(),
                "chair", "รองผู้ว่าราชการจังหวัด",
                "attendees", List.of("run " + run),
                "resolutions", List.of("วาระที่ 1")));
        Map<String, String> all = new HashMap<>(headers);
        all.put("Idempotency-Key", "meeting-" + run + "-" + driveId + "-" + number);
        return calls.request(node.baseUrl(), "POST", "/api/drives/" + driveId + "/meetings", officer, all, body);
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }



}
