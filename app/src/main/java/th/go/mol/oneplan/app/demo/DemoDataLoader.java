package th.go.mol.oneplan.app.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import th.go.mol.oneplan.app.operations.ServiceStopping;
import th.go.mol.oneplan.app.security.builtin.UserAccounts;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a demo data set ({@code classpath:demo/<name>.json}) when {@code oneplan.demo=<name>} is set, e.g.
 * {@code --oneplan.demo=trang-2562}. Once the application is ready it replays the file's requests against the
 * server's own public HTTP API, exactly as a client would, so the demo goes through every validation and rule
 * and ends up in the event store like any other record.
 *
 * <p>If the drive the file records already answers {@code GET /api/drives/{id}} with 200, nothing is sent:
 * restarting with the flag is harmless. The first answer that is not 2xx stops the replay and is logged with
 * the problem the server gave; the application keeps running.
 *
 * <p>Like any client it logs in: as {@code demo-loader}, provincial officer of the demo's province, and for
 * inspections as {@code demo-inspector} (built-in user store only; see {@link DemoUsers}).
 */
@Component
@ConditionalOnProperty(name = "oneplan.demo")
public class DemoDataLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Pattern DRIVE_PATH = Pattern.compile("/api/drives/([^/]+)(/.*)?");
    private static final Pattern DATA_SET_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Environment environment;
    private final ObjectMapper json;
    private final ObjectProvider<RestClient.Builder> restClientBuilder;
    private final ObjectProvider<UserAccounts> accounts;
    private final ObjectProvider<PasswordEncoder> encoder;
    private DemoUsers users;

    @Autowired
    public DemoDataLoader(Environment environment, ObjectMapper json,
                          ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<UserAccounts> accounts,
                          ObjectProvider<PasswordEncoder> encoder) {
        this.environment = environment;
        this.json = json;
        this.restClientBuilder = restClientBuilder;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Only reads data sets ({@link #read}); cannot replay them. */
    DemoDataLoader(Environment environment, ObjectMapper json, ObjectProvider<RestClient.Builder> restClientBuilder) {
        this(environment, json, restClientBuilder, null, null);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadWhenReady() {
        String name = environment.getProperty("oneplan.demo", "").strip();
        if (name.isEmpty()) {
            return;
        }
        if (!DATA_SET_NAME.matcher(name).matches()) {
            log.error("Demo data: oneplan.demo={} is not a data set name (like trang-2562); nothing loaded", name);
            return;
        }
        if (environment.matchesProfiles("query")) {
            log.warn("Demo data: a query node does not serve the command API; load demo '{}' on a command node"
                    + " or an all-in-one node, which share the event store", name);
            return;
        }
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            log.error("Demo data: the web server is not running (no local.server.port); demo '{}' not loaded", name);
            return;
        }
        List<DemoRequest> requests;
        try {
            requests = read(name);
        } catch (IOException | IllegalArgumentException e) {
            log.error("Demo data: cannot read demo/{}.json: {}", name, e.getMessage());
            return;
        }
        UserAccounts store = accounts.getIfAvailable();
        if (store == null) {
            log.error("Demo data: demo '{}' is recorded by users of the built-in user store, and "
                    + "oneplan.security.mode is not built-in; nothing loaded", name);
            return;
        }
        Optional<Integer> province = driveIdOf(requests).filter(id -> id.matches("\\d{2}-\\d{4}"))
                .map(id -> Integer.parseInt(id.substring(0, 2)));
        if (province.isEmpty()) {
            log.error("Demo data: demo '{}' records no drive (no path /api/drives/<id>/...); nothing loaded", name);
            return;
        }
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        users = new DemoUsers(store, encoder.getObject());
        users.open(province.get());
        try {
            replay(name, requests, client("http://127.0.0.1:" + port + contextPath));
        } finally {
            users.close();
        }
    }

    List<DemoRequest> read(String name) throws IOException {
        ClassPathResource resource = new ClassPathResource("demo/" + name + ".json");
        if (!resource.exists()) {
            throw new IOException("no demo data set '" + name + "' on the classpath (expected demo/" + name + ".json)");
        }
        try (InputStream in = resource.getInputStream()) {
            List<DemoRequest> requests = json.readValue(in, new TypeReference<List<DemoRequest>>() { });
            for (int i = 0; i < requests.size(); i++) {
                DemoRequest r = requests.get(i);
                if (r == null || r.method() == null || r.path() == null || !r.path().startsWith("/")) {
                    throw new IllegalArgumentException("entry " + (i + 1) + " needs a method and a path starting with /");
                }
            }
            return requests;
        }
    }

    /** Sends the requests in order; answers how many were recorded. */
    int replay(String name, List<DemoRequest> requests, RestClient http) {
        Optional<String> driveId = driveIdOf(requests);
        // Every request carries its own Idempotency-Key, so a drive already there (a restart with the flag still
        // on, or a load cut short by a stop) is replayed all the same: what was recorded is answered from the
        // ledger, and only what is missing is recorded.
        boolean resuming = driveId.isPresent() && alreadyThere(http, driveId.get());
        log.info("Demo data '{}': {} {} requests against the public API as '{}' (inspections as '{}')", name,
                resuming ? "drive " + driveId.get() + " exists; resending (answered from the ledger where recorded)"
                        : "replaying", requests.size(), DemoUsers.OFFICER, DemoUsers.INSPECTOR);
        long started = System.nanoTime();
        String lastEventId = null;
        for (int i = 0; i < requests.size(); i++) {
            DemoRequest request = requests.get(i);
            int step = i + 1;
            JsonNode body = request.body();
            Answer answer = send(http, request, body, name + "-" + step);
            if (i == 0 && answer.status().value() == 409) {
                log.info("Demo data '{}': {} {} answered 409, the drive is already recorded; nothing more sent. {}",
                        name, request.method(), request.path(), answer.body());
                return 0;
            }
            if (!answer.status().is2xxSuccessful() && ServiceStopping.now()) {
                // Ctrl-C or SIGTERM while loading: the refusal is the stop's, not the data's.
                log.info("Demo data '{}': the service is stopping; {} of {} requests were recorded. Start it again "
                        + "with the demo to record the rest.", name, i, requests.size());
                return i;
            }
            if (!answer.status().is2xxSuccessful()) {
                log.error("""
                        Demo data '{}' stopped at step {}/{}: {} {} answered {}.
                          step: {}
                          body sent: {}
                          answer: {}
                          {} of {} requests were recorded; the rest were not sent.""", name, step, requests.size(),
                        request.method(), request.path(), answer.status().value(), request.note(), body,
                        answer.body(), i, requests.size());
                return i;
            }
            String eventId = eventIdOf(answer.body());
            if (eventId != null) {
                lastEventId = eventId;
            }
            log.info("Demo data '{}' {}/{}: {} {} -> {} {}{}", name, step, requests.size(), request.method(),
                    request.path(), answer.status().value(), eventId == null ? "" : eventId,
                    answer.replayed() ? " (already recorded)" : "");
            if (log.isDebugEnabled() && request.note() != null) {
                log.debug("  {}", request.note());
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info("Demo data '{}' loaded: {} requests recorded in {} ms{}{}", name, requests.size(), millis,
                lastEventId == null ? "" : ", last event " + lastEventId,
                driveId.map(id -> ". See GET /api/drives/" + id + " and /api/drives/" + id + "/kpi").orElse(""));
        return requests.size();
    }

    private boolean alreadyThere(RestClient http, String driveId) {
        try {
            return http.get().uri("/api/drives/{id}", driveId)
                    .headers(h -> login(h, "/api/drives/" + driveId))
                    .exchange((req, res) -> res.getStatusCode().value() == 200);
        } catch (RuntimeException e) {
            log.warn("Demo data: could not ask whether drive {} exists ({}); replaying anyway", driveId, e.getMessage());
            return false;
        }
    }

    private Answer send(RestClient http, DemoRequest request, JsonNode body, String idempotencyKey) {
        try {
            RestClient.RequestBodySpec spec = http.method(HttpMethod.valueOf(request.method().strip().toUpperCase()))
                    .uri(request.path())
                    .headers(h -> login(h, request.path()))
                    .header("Idempotency-Key", idempotencyKey)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            if (body != null && !body.isNull()) {
                spec.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            return spec.exchange((req, res) -> new Answer(res.getStatusCode(),
                    StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8),
                    res.getHeaders().containsKey("Idempotent-Replayed")));
        } catch (IOException | RuntimeException e) {
            return new Answer(HttpStatusCode.valueOf(599), "no answer: " + e, false);
        }
    }

    /** HTTP Basic as the demo user who sends requests to this path. */
    private void login(HttpHeaders headers, String path) {
        if (users != null) {
            headers.setBasicAuth(users.userFor(path), users.password(), StandardCharsets.UTF_8);
        }
    }

    private RestClient client(String baseUrl) {
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(Duration.ofSeconds(60));
        RestClient.Builder builder = restClientBuilder.getIfAvailable(RestClient::builder);
        return builder.baseUrl(baseUrl).requestFactory(factory).build();
    }

    private String eventIdOf(String body) {
        try {
            JsonNode answer = json.readTree(body);
            JsonNode eventId = answer == null ? null : answer.get("eventId");
            return eventId == null || !eventId.isTextual() ? null : eventId.asText();
        } catch (IOException e) {
            return null;
        }
    }

    /** The drive the data set records: the first path under /api/drives/{id}. */
    static Optional<String> driveIdOf(List<DemoRequest> requests) {
        for (DemoRequest r : requests) {
            Matcher m = DRIVE_PATH.matcher(r.path());
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private record Answer(HttpStatusCode status, String body, boolean replayed) {
    }
}
