package th.go.mol.oneplan.app;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The contract test: every exchange an end-to-end test makes through {@link LedgerIntegrationTest#http} is checked
 * against the OpenAPI description the server publishes at {@code /v3/api-docs}, as a client generated from it would
 * rely on it. The response must be documented (its status, content type, headers, and a body matching the schema);
 * the request too when the server accepted it (tests of bad input send invalid requests on purpose, and those
 * must then get a documented 4xx). See docs/api-contract.md.
 */
public final class ApiContract implements ClientHttpRequestInterceptor {
    /** The description is loaded once per server (per Spring test context, i.e. per port). */
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    /**
     * Exchanges that are not operations of the API, so there is nothing to describe them under. Each entry is
     * "METHOD path-prefix"; keep it short and say why.
     */
    private static final List<String> NOT_DESCRIBED = List.of(
            // The description itself and the Swagger UI.
            "GET /v3/api-docs",
            "GET /swagger-ui",
            // Spring Boot's operator endpoints (the discovery page, health, info): not part of the API.
            "GET /actuator");

    /**
     * A request for a path or method the API does not have (tests send some on purpose: unknown paths, POST on a
     * query, HEAD) answers 401, 403, 404 or 405 as a problem (the access rules answer before routing, so an
     * unknown path without credentials is a 401); there is no operation to document that under. Only that is
     * let through: the validator's finding must be exactly "no such path" or "no such method", and the answer a
     * 4xx problem (a HEAD answer has no body).
     */
    private static final Set<String> NO_SUCH_OPERATION = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final String baseUrl;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    public ApiContract(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Violations seen so far, including those a test's worker thread may have swallowed. */
    public List<String> violations() {
        return violations;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        String method = request.getMethod().name();
        URI uri = request.getURI();
        String path = uri.getRawPath();
        if (NOT_DESCRIBED.stream().anyMatch(n -> (method + " " + path).startsWith(n))) {
            return response;
        }
        byte[] responseBody = response.getBody().readAllBytes();
        int status = response.getStatusCode().value();
        OpenApiInteractionValidator validator = validator();

        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        response.getHeaders().forEach((name, values) -> answer.withHeader(name, values));
        if (responseBody.length > 0) {
            answer.withBody(new String(responseBody, StandardCharsets.UTF_8));
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
        if (Set.of(401, 403, 404, 405).contains(status) && (isProblem(response.getHeaders()) || method.equals("HEAD"))
                && !report.getMessages().isEmpty()
                && report.getMessages().stream().allMatch(m -> NO_SUCH_OPERATION.contains(m.getKey()))) {
            return new Buffered(response, responseBody);
        }
        boolean success = status >= 200 && status < 300;
        if (success) {
            report = report.merge(validator.validateRequest(request(request, body)));
        }
        if (report.hasErrors()) {
            String violation = method + " " + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " answered " + status + ", which the OpenAPI description does not allow:\n"
                    + report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> "  - [" + m.getKey() + "] " + m.getMessage()).collect(Collectors.joining("\n"))
                    + "\n  request body: " + abbreviate(new String(body, StandardCharsets.UTF_8))
                    + "\n  response body: " + abbreviate(new String(responseBody, StandardCharsets.UTF_8));
            violations.add(violation);
            throw new AssertionError(violation);
        }
        return new Buffered(response, responseBody);
    }

    private static boolean isProblem(HttpHeaders headers) {
        return headers.getContentType() != null
                && headers.getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static Request request(HttpRequest request, byte[] body) {
        URI uri = request.getURI();
        SimpleRequest.Builder built = new SimpleRequest.Builder(request.getMethod().name(), uri.getRawPath());
        request.getHeaders().forEach((name, values) -> built.withHeader(name, values));
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                built.withQueryParam(name, value);
            }
        }
        if (body.length > 0) {
            built.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return built.build();
    }

    private OpenApiInteractionValidator validator() {
        return VALIDATORS.computeIfAbsent(baseUrl, url -> {
            String description = RestClient.create(url).get().uri("/v3/api-docs").retrieve().body(String.class);
            return OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
        });
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    /** The response with its body read once, for the validator, and handed on to the test. */
    private record Buffered(ClientHttpResponse response, byte[] body) implements ClientHttpResponse {
        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
