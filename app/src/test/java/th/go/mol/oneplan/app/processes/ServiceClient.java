package th.go.mol.oneplan.app.processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A client of a {@link ServiceProcess}, as the process tests talk to it: one request, JSON in, the answer out. */
public final class ServiceClient {
    /** An answer: its status, its body, and the headers a test looks at. */
    public record Response(int status, String body, HttpHeaders headers) {
        /** The answer was the first outcome of the same Idempotency-Key, given back. */
        public boolean replayed() {
            return "true".equals(headers.firstValue("Idempotent-Replayed").orElse(null));
        }

        public String etag() {
            return headers.firstValue("ETag").orElse(null);
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    public ServiceClient(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code json} (or no body when null), with {@code authorization} when not null. */
    public Response request(String baseUrl, String method, String path, String authorization,
                            Map<String, String> headers, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(builder::header);
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }
}
