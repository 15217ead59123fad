package th.go.mol.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Base of the end-to-end tests: the whole service on a random port, on real PostgreSQL, driven through its
 * HTTP API as a client would. All subclasses share one Spring context (and so one database); each test uses
 * drives of its own (a province or fiscal year no other test uses).
 */
@SpringBootTest(classes = OnePlanLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class LedgerIntegrationTest {
    protected static final ObjectMapper JSON = new ObjectMapper();
    public static final ObjectMapper JSON_READER = JSON;

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                })
                .build();
    }

    /** An HTTP answer: status, headers we need, and the body as JSON (or null). */
    public record Answer(int status, String location, JsonNode body) {
    }

    protected Answer post(String path, String json) {
        return post(path, json, "officer@test");
    }

    protected Answer post(String path, String json, String recordedBy) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("X-Recorded-By", recordedBy)
                .body(json).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        response.getHeaders().getFirst("Location"), read(response.getBody().readAllBytes())));
    }

    public Answer postAs(String path, String json, String recordedBy) {
        return post(path, json, recordedBy);
    }

    public int getStatus(String path) {
        return get(path).status();
    }

    /** A POST with extra headers (Idempotency-Key, If-Match); the answer carries the ETag in {@code location}. */
    protected Answer postWithHeaders(String path, String json, java.util.Map<String, String> headers) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).header("X-Recorded-By", "officer@test")
                .headers(h -> headers.forEach(h::set))
                .body(json).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        response.getHeaders().getETag(), read(response.getBody().readAllBytes())));
    }

    protected Answer get(String path) {
        return http.get().uri(path).exchange((request, response) -> new Answer(response.getStatusCode().value(),
                null, read(response.getBody().readAllBytes())));
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

    protected long eventsInStore() {
        Long n = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        return n == null ? 0 : n;
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(new String(bytes));
        }
    }
}
