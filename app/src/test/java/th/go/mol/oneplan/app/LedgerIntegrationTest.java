package th.go.mol.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the end-to-end tests: the whole service on a random port, on real PostgreSQL, driven through its
 * HTTP API as a client would. All subclasses share one Spring context (and so one database); each test uses
 * drives of its own (a province or fiscal year no other test uses).
 *
 * <p>Every request is authenticated, as in production. {@link #post(String, String, String)} logs in as a user
 * named {@code recordedBy} whose role and scope fit the request (the events are then recorded by that name):
 * an inspection as an INSPECTOR, anything else on drive {@code pp-yyyy} as the PROVINCIAL_OFFICER of province
 * pp, the start of a drive as the officer of the body's province, {@code /api/admin/**} as the admin. Reads log
 * in as the inspector {@value #READER}. Users are created (or given the role the request needs) on demand
 * through {@code /api/admin/users}, as the first admin, whose test-only password is in application-test.yml.
 * Tests of the access rules themselves use {@link #userWith} and {@link #exchange} to choose the caller.
 */
@SpringBootTest(classes = OnePlanLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class LedgerIntegrationTest {
    protected static final ObjectMapper JSON = new ObjectMapper();
    public static final ObjectMapper JSON_READER = JSON;
    /** The first admin, created at start with the password of {@code oneplan.security.initial-admin-password}. */
    protected static final String ADMIN = "admin";
    /** Who reads when a test does not say: an inspector, who may read every drive. */
    protected static final String READER = "reader@test";
    /** Any province, when the request's own names none (a malformed drive id, say). */
    private static final int ANY_PROVINCE = 10;
    private static final Pattern DRIVE_PATH = Pattern.compile("/api/drives/(\\d{2})-\\d{4}(/.*)?");
    private static final Pattern PROGRAMME_PATH = Pattern.compile("/api/pilot-programmes/pilot-(\\d{2})-\\d{4}(/.*)?");
    private static final Pattern CENTRE_PATH = Pattern.compile("/api/tambon-centres/centre-(\\d{2})\\d{4}([-/].*)?");
    private static final Pattern INSPECTION_PATH = Pattern.compile("/api/drives/[^/]+/inspections");
    /** Users whose password this JVM has set, per server: "port/username". */
    private static final Set<String> PASSWORDS_SET = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Value("${oneplan.security.initial-admin-password:}")
    String adminPassword;

    protected RestClient http;

    /** Checks every exchange through {@link #http} against the published OpenAPI description. */
    private ApiContract contract;

    @BeforeEach
    void connect() {
        contract = new ApiContract("http://127.0.0.1:" + port);
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .requestInterceptor(contract)
                .build();
    }

    /** A violation met on a test's worker thread fails the test even if that thread swallowed it. */
    @AfterEach
    void everyExchangeWasDescribed() {
        assertThat(contract.violations()).as("exchanges the OpenAPI description does not allow").isEmpty();
    }

    /** An HTTP answer: status, headers we need, and the body as JSON (or null). */
    public record Answer(int status, String location, JsonNode body) {
    }

    /** An HTTP answer with all its headers, for tests that look at WWW-Authenticate or the content type. */
    public record Reply(int status, HttpHeaders headers, JsonNode body) {
    }

    /** A user name and password to send with HTTP Basic. */
    public record Login(String username, String password) {
        public Consumer<HttpHeaders> basic() {
            return h -> h.setBasicAuth(username, password, StandardCharsets.UTF_8);
        }
    }

    protected Answer post(String path, String json) {
        return post(path, json, "officer@test");
    }

    protected Answer post(String path, String json, String recordedBy) {
        Reply reply = exchange(HttpMethod.POST, path, json, loginFor(HttpMethod.POST, path, json, recordedBy).basic());
        return new Answer(reply.status(), reply.headers().getFirst(HttpHeaders.LOCATION), reply.body());
    }

    public Answer postAs(String path, String json, String recordedBy) {
        return post(path, json, recordedBy);
    }

    public int getStatus(String path) {
        return get(path).status();
    }

    /** A POST with extra headers (Idempotency-Key, If-Match); the answer carries the ETag in {@code location}. */
    protected Answer postWithHeaders(String path, String json, java.util.Map<String, String> headers) {
        Login login = loginFor(HttpMethod.POST, path, json, "officer@test");
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("X-Recorded-By", "officer@test")
                .headers(login.basic())
                .headers(h -> headers.forEach(h::set))
                .body(json).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        response.getHeaders().getETag(), read(response.getBody().readAllBytes())));
    }

    protected Answer get(String path) {
        Reply reply = exchange(HttpMethod.GET, path, null, loginFor(HttpMethod.GET, path, null, READER).basic());
        return new Answer(reply.status(), null, reply.body());
    }

    /** Waits until the read side shows what the command side recorded (projections run asynchronously). */
    protected JsonNode awaitGet(String path, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Answer a = get(path);
            last[0] = a.body();
            return a.status() == 200 && ready.test(a.body());
        });
        return last[0];
    }

    /**
     * Waits until every projection has folded every event stored when this is called: what a test reads next is
     * the complete answer, not one a projection is still catching up on.
     */
    protected void awaitCaughtUp() {
        long head = jdbc.queryForObject("SELECT COALESCE(max(globalindex), 0) FROM domainevententry", Long.class);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (JsonNode p : get("/api/admin/projections").body().get("projections")) {
                if (!p.get("caughtUp").asBoolean() || p.get("position").isNull()
                        || p.get("position").asLong() < head) {
                    return false;
                }
            }
            return true;
        });
        // A processor's status covers only the segments this node has claimed, and is caught up once it has been;
        // read-your-writes asks each segment's token (claimed or not) whether it includes the head.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/admin/projections?minPosition=" + head).status() == 200);
    }

    /**
     * Waits until the latest rebuild of each group (asked for with {@code POST /api/admin/projections/.../rebuild}
     * or {@code .../replay}) is done: its new tables are live (docs/rebuilds.md). A failed rebuild fails the test.
     */
    protected void awaitRebuilt(java.util.Collection<String> groups) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode p : get("/api/admin/projections").body().get("projections")) {
                if (groups.contains(p.get("processingGroup").asText())) {
                    String state = p.get("rebuild").get("state").asText();
                    assertThat(state).as("%s", p).isNotEqualTo("FAILED");
                    if (!state.equals("DONE")) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /**
     * Starts a drive of FY 2563 (lead assigned 2019-10-15) for the province, as its officer, and answers its
     * path ({@code /api/drives/pp-2563}). Each test passes a province no other test starts a 2563 drive for.
     */
    protected String startedDrive(int province) {
        Answer started = post("/api/drives", json("{'provinceCode':" + province + ",'fiscalYear':2563,"
                + "'leadOfficer':{'name':'L','position':'P'},'leadAssignedOn':'2019-10-15'}"));
        assertThat(started.status()).isEqualTo(201);
        return started.location();
    }

    /**
     * Registers a worker at an established centre over HTTP, as an admin, and answers the id: for tests whose acts
     * name a registered worker (a grievance, a visit). {@code seed} makes the national id
     * ({@code SurveyFiles.nationalId}); each test passes seeds no other test uses. Sent with an Idempotency-Key of
     * the worker's id, so a second call (a later test of the class) answers the first registration again.
     */
    protected String registeredWorker(String workerId, String centreId, int subdistrictCode, long seed,
                                      String registeredOn) {
        String body = json("{'workerId':'" + workerId + "','nationalId':'"
                + th.go.mol.oneplan.app.workerimport.SurveyFiles.nationalId(seed) + "','title':'MRS',"
                + "'firstName':'สมศรี','lastName':'ใจดี','dateOfBirth':'1975-05-14','address':{'houseNumber':'1',"
                + "'villageNumber':1,'subdistrictCode':" + subdistrictCode + "},'occupation':'CROP_FARMING',"
                + "'education':'PRIMARY','lawfulBasis':{'basis':'PUBLIC_TASK'},'registeredOn':'" + registeredOn + "'}");
        Reply registered = http.post().uri("/api/tambon-centres/" + centreId + "/workers")
                .contentType(MediaType.APPLICATION_JSON).header("X-Recorded-By", ADMIN).headers(admin().basic())
                .header("Idempotency-Key", "registered-" + workerId)
                .body(body).exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        response.getHeaders(), read(response.getBody().readAllBytes())));
        assertThat(registered.status()).as("%s", registered.body()).isEqualTo(201);
        return workerId;
    }

    protected long eventsInStore() {
        Long n = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        return n == null ? 0 : n;
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /**
     * Any request, with the credentials {@code auth} puts in the headers (e.g. {@link Login#basic()}, or nothing
     * for an anonymous request). A JSON body is sent when {@code json} is not null.
     */
    protected Reply exchange(HttpMethod method, String path, String json, Consumer<HttpHeaders> auth) {
        RestClient.RequestBodySpec spec = http.method(method).uri(path).headers(auth);
        if (json != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                read(response.getBody().readAllBytes())));
    }

    /** The first admin's login. */
    protected Login admin() {
        assertThat(adminPassword).as("oneplan.security.initial-admin-password of the test profile").isNotBlank();
        return new Login(ADMIN, adminPassword);
    }

    /**
     * A user named {@code username} with this role and scope, enabled and without a pending password change:
     * created through {@code POST /api/admin/users} if missing, otherwise changed through
     * {@code PUT /api/admin/users/{username}} if it has another role or scope.
     */
    protected Login userWith(String username, Role role, Integer provinceCode, Integer subdistrictCode) {
        // Tests send from several threads at once; one at a time makes sure of a user.
        synchronized (PASSWORDS_SET) {
            return ensureUser(username, role, provinceCode, subdistrictCode);
        }
    }

    private Login ensureUser(String username, Role role, Integer provinceCode, Integer subdistrictCode) {
        Login login = new Login(username, passwordOf(username));
        String key = port + "/" + username;
        List<Map<String, Object>> rows = jdbc.queryForList("select role, province_code, subdistrict_code, enabled, "
                + "must_change_password from app_user where username = ?", username);
        if (rows.isEmpty()) {
            Reply created = exchange(HttpMethod.POST, "/api/admin/users", body(Map.of("username", username,
                    "password", login.password(), "role", role.name(), "mustChangePassword", false),
                    provinceCode, subdistrictCode), admin().basic());
            assertThat(created.status()).as("creating %s: %s", username, created.body()).isEqualTo(201);
            PASSWORDS_SET.add(key);
            return login;
        }
        Map<String, Object> row = rows.get(0);
        boolean fits = role.name().equals(row.get("role")) && Boolean.TRUE.equals(row.get("enabled"))
                && (role != Role.PROVINCIAL_OFFICER || Objects.equals(provinceCode, row.get("province_code")))
                && (role != Role.CENTRE_STAFF || Objects.equals(subdistrictCode, row.get("subdistrict_code")));
        if (!fits) {
            Reply changed = exchange(HttpMethod.PUT, "/api/admin/users/" + username, body(Map.of("role", role.name(),
                    "enabled", true), provinceCode, subdistrictCode), admin().basic());
            assertThat(changed.status()).as("changing %s: %s", username, changed.body()).isEqualTo(200);
        }
        if (!PASSWORDS_SET.contains(key) || Boolean.TRUE.equals(row.get("must_change_password"))) {
            Reply reset = exchange(HttpMethod.POST, "/api/admin/users/" + username + "/password",
                    body(Map.of("password", login.password(), "mustChangePassword", false), null, null), admin().basic());
            assertThat(reset.status()).as("setting the password of %s: %s", username, reset.body()).isEqualTo(204);
            PASSWORDS_SET.add(key);
        }
        return login;
    }

    /** The test-only password of a user the tests create: known to every test, at least 12 characters. */
    protected static String passwordOf(String username) {
        return "it-password-of-" + username;
    }

    /** The user a request logs in as: {@code name}, with the role and scope the request needs. */
    protected Login loginFor(HttpMethod method, String path, String json, String name) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (bare.startsWith("/api/admin")) {
            return admin();
        }
        if (method == HttpMethod.GET) {
            return userWith(READER, Role.INSPECTOR, null, null);
        }
        if (INSPECTION_PATH.matcher(bare).matches()) {
            return userWith(name, Role.INSPECTOR, null, null);
        }
        if (bare.equals("/api/drives") || bare.equals("/api/pilot-programmes")) {
            return userWith(name, Role.PROVINCIAL_OFFICER, provinceInBody(json));
        }
        if (bare.equals("/api/tambon-centres")) {
            return userWith(name, Role.PROVINCIAL_OFFICER, provinceOfSubdistrictInBody(json));
        }
        Matcher programme = PROGRAMME_PATH.matcher(bare);
        if (programme.matches()) {
            return userWith(name, Role.PROVINCIAL_OFFICER, realProvince(Integer.parseInt(programme.group(1))));
        }
        Matcher centre = CENTRE_PATH.matcher(bare);
        if (centre.matches()) {
            return userWith(name, Role.PROVINCIAL_OFFICER, realProvince(Integer.parseInt(centre.group(1))));
        }
        Matcher drive = DRIVE_PATH.matcher(bare);
        return userWith(name, Role.PROVINCIAL_OFFICER, drive.matches() ? realProvince(Integer.parseInt(drive.group(1)))
                : ANY_PROVINCE);
    }

    private Login userWith(String name, Role role, int provinceCode) {
        return userWith(name, role, provinceCode, null);
    }

    private static int provinceInBody(String json) {
        try {
            JsonNode province = json == null ? null : JSON.readTree(json).get("provinceCode");
            return province != null && province.canConvertToInt() ? realProvince(province.asInt()) : ANY_PROVINCE;
        } catch (java.io.IOException e) {
            return ANY_PROVINCE;
        }
    }

    private static int provinceOfSubdistrictInBody(String json) {
        try {
            JsonNode subdistrict = json == null ? null : JSON.readTree(json).get("subdistrictCode");
            return subdistrict != null && subdistrict.canConvertToInt() ? realProvince(subdistrict.asInt() / 10_000)
                    : ANY_PROVINCE;
        } catch (java.io.IOException e) {
            return ANY_PROVINCE;
        }
    }

    /** The province itself if it is one; otherwise the request is invalid for anyone, and any officer will do. */
    private static int realProvince(int code) {
        return ThaiGeography.load().province(code).isPresent() ? code : ANY_PROVINCE;
    }

    private static String body(Map<String, Object> fields, Integer provinceCode, Integer subdistrictCode) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(fields);
        if (provinceCode != null) {
            all.put("provinceCode", provinceCode);
        }
        if (subdistrictCode != null) {
            all.put("subdistrictCode", subdistrictCode);
        }
        try {
            return JSON.writeValueAsString(all);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(new String(bytes));
        }
    }
}
