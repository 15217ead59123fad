package th.go.mol.oneplan.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the published OpenAPI description, swept with generated bad input: wrong content types,
 * malformed and badly encoded bodies, each body field given a value of the wrong type, query and path
 * parameters that are not text, too large a body, and every method the path does not take. Because the sweep is
 * generated from the description, an endpoint added later is swept too.
 *
 * <p>Every answer must be a 4xx RFC 9457 problem with the security headers (never a 5xx, never an HTML page or
 * an empty body), a wrong-typed field must be named in the problem, and nothing may reach the event store.
 */
class ApiSweepIT extends LedgerIntegrationTest {
    private static final String DRIVE_ID = "76-2563";
    private static final Set<String> METHODS_TO_TRY = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "FOO");

    @LocalServerPort
    int serverPort;

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @Test
    void every_operation_answers_bad_input_with_a_4xx_problem_and_records_nothing() throws Exception {
        if (getStatus("/api/drives/" + DRIVE_ID) != 200) {
            assertThat(post("/api/drives", json("{'provinceCode':76,'fiscalYear':2563,'leadOfficer':{'name':'A',"
                    + "'position':'B'},'leadAssignedOn':'2019-10-15'}"), "sweeper@test").status()).isEqualTo(201);
        }
        JsonNode description = get("/v3/api-docs").body();
        JsonNode schemas = description.path("components").path("schemas");
        long before = eventsInStore();

        for (Iterator<Map.Entry<String, JsonNode>> paths = description.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                sweep(method, path.getKey(), op.getValue(), schemas);
            }
            sweepMethods(path.getKey(), path.getValue());
        }

        System.out.printf("API sweep: %d bad requests, answers by status %s%n", requests, statuses);
        assertThat(requests).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("answers that were not a 4xx problem, of %s requests", requests).isEmpty();
        assertThat(eventsInStore()).as("events recorded by bad requests").isEqualTo(before);
    }

    private void sweep(String method, String template, JsonNode operation, JsonNode schemas) throws IOException {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String target = fill(template, parameters, null, null);
        String auth = authFor(method, target, null);

        // Query parameters that are not text, or not of their type.
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            if ("query".equals(parameter.path("in").asText())) {
                List<String> values = new ArrayList<>(List.of("%00", "%zz", "%C0%AF", "%ED%A0%80", "%0A"));
                if (parameter.path("schema").path("type").asText().matches("integer|number")) {
                    values.addAll(List.of("abc", "1.5", "99999999999999999999"));
                }
                for (String value : values) {
                    String sep = target.contains("?") ? "&" : "?";
                    check(method, target + sep + name + "=" + value, null, auth, name, false);
                }
                check(method, target + (target.contains("?") ? "&" : "?") + name + "=" + "x".repeat(20_000), null,
                        auth, null, false);
            } else if ("path".equals(parameter.path("in").asText())) {
                for (String value : List.of("%00", "%zz", "%C0%AF", "..%2F..%2Fetc", "x".repeat(5_000), "%E0%B8%95",
                        "-1", "%20")) {
                    check(method, fill(template, parameters, name, value), bodyFor(method, operation), auth, null,
                            false);
                }
            }
        }

        // Headers a client may get wrong.
        byte[] someBody = bodyFor(method, operation);
        String typeHeader = someBody == null ? "X-Sweep: 1" : "Content-Type: application/json";
        for (String header : List.of("Accept: nonsense", "Accept: application/json;q=x", "Accept: text/html",
                "Accept: application/xml", "X-Sweep: a\u0001b", "X-Sweep: ตรัง", "If-Match: garbage",
                "If-Match: \"-1\"", "If-Match: \"99999999999999999999\"", "Idempotency-Key: ตรัง",
                "Idempotency-Key: " + "k".repeat(5_000), "Idempotency-Key: a\u0001b")) {
            // A header the operation never reads may pass (a GET ignores If-Match): then it must not fail either.
            checkMayPass(method, target, someBody, auth, typeHeader, header);
        }
        for (String badAuth : List.of("Basic !!!", "Basic " + Base64.getEncoder().encodeToString(new byte[]{'a',
                (byte) 0xFF, ':', 'b'}), "Bearer a.b.c", "Digest x", "Basic")) {
            check(method, target, someBody, badAuth, null, false, typeHeader);
        }

        JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (body.isMissingNode()) {
            return;
        }
        // Bodies that are not one well-formed JSON object in UTF-8.
        List<byte[]> malformed = new ArrayList<>();
        for (String text : List.of("", "{", "[]", "null", "1", "\"x\"", "{\"a\":1,\"a\":2}", "{}{}", "{}}",
                "{\"a\":\"\\u0000\"}", "{\"a\":\"\\ud800\"}", "[".repeat(5_000), "{\"a\":" + "1".repeat(2_000) + "}")) {
            malformed.add(text.getBytes(StandardCharsets.UTF_8));
        }
        malformed.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        malformed.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0x80, '"', '}'});
        malformed.add(new byte[]{(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'});
        if (!operation.path("requestBody").path("required").asBoolean(false)) {
            // A body the operation may go without (a login by HTTP Basic): no body, or JSON null, is not wrong.
            malformed.removeIf(bytes -> bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).equals("null"));
        }
        for (byte[] bytes : malformed) {
            checkBody(method, target, bytes, "application/json", auth, null);
        }
        checkBody(method, target, ("{\"a\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", auth, null);
        for (String contentType : List.of("*/*", "application/*", "text/plain", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=UTF-16",
                "application/json; charset=nonsense", "not a media type", "")) {
            checkBody(method, target, "{}".getBytes(StandardCharsets.UTF_8), contentType, auth, null);
        }
        // Each field of the body with a value of the wrong type: the problem names the field.
        JsonNode schema = resolve(body, schemas);
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            for (String wrong : wrongValues(resolve(field.getValue(), schemas))) {
                ObjectNode object = JSON.createObjectNode();
                object.set(field.getKey(), JSON.readTree(wrong));
                byte[] bytes = JSON.writeValueAsBytes(object);
                checkBody(method, target, bytes, "application/json", authFor(method, target, new String(bytes,
                        StandardCharsets.UTF_8)), field.getKey());
            }
        }
    }

    /** Every method the path does not document, as the admin: 405 (or 403 where the admin has no business). */
    private void sweepMethods(String template, JsonNode pathItem) throws IOException {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.fields().forEachRemaining(op -> op.getValue().path("parameters").forEach(parameters::add));
        String target = fill(template, parameters, null, null);
        String admin = basic(admin());
        for (String method : METHODS_TO_TRY) {
            if (!pathItem.has(method.toLowerCase(Locale.ROOT))) {
                check(method, target, method.equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8), admin,
                        null, true, "Content-Type: application/json");
            }
        }
    }

    private void checkBody(String method, String target, byte[] body, String contentType, String auth,
                           String field) throws IOException {
        if (contentType.isEmpty()) {
            check(method, target, body, auth, field, false);
        } else {
            check(method, target, body, auth, field, false, "Content-Type: " + contentType);
        }
    }

    private void check(String method, String target, byte[] body, String auth, String field, boolean methodSweep,
                       String... headers) throws IOException {
        check(method, target, body, auth, field, methodSweep, false, headers);
    }

    private void checkMayPass(String method, String target, byte[] body, String auth, String... headers)
            throws IOException {
        check(method, target, body, auth, null, false, true, headers);
    }

    private void check(String method, String target, byte[] body, String auth, String field, boolean methodSweep,
                       boolean mayPass, String... headers) throws IOException {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = "Authorization: " + auth;
        RawHttp.Reply reply = RawHttp.send(serverPort, method, target, body, all);
        requests++;
        statuses.merge(reply.status(), 1, Integer::sum);
        String what = method + " " + abbreviated(target) + (body == null ? "" : " " + abbreviated(
                new String(body, StandardCharsets.UTF_8))) + (headers.length > 0 ? " " + String.join(" | ", headers) : "") + " -> "
                + reply.status() + " " + abbreviated(reply.text());
        JsonNode problem = reply.json();
        if (mayPass && reply.status() < 400) {
            return;
        }
        if (reply.status() < 400 || reply.status() > 499) {
            failures.add("not a 4xx: " + what);
        } else if (reply.header("Content-Type") == null
                || !reply.header("Content-Type").startsWith("application/problem+json")
                || problem == null || problem.path("status").asInt() != reply.status()
                || problem.path("title").asText().isBlank() || problem.path("type").asText().isBlank()) {
            failures.add("not a problem body: " + what);
        } else if (reply.header("Content-Security-Policy") == null || reply.header("Referrer-Policy") == null
                || reply.header("X-Content-Type-Options") == null) {
            failures.add("security headers missing: " + what);
        } else if (field != null && reply.status() == 400
                && problem.path("errors").findValuesAsText("field").stream().noneMatch(f -> f.startsWith(field))) {
            failures.add("field " + field + " not named: " + what);
        } else if (methodSweep && reply.status() != 405 && reply.status() != 403) {
            failures.add("a method the path does not take is not 405: " + what);
        }
    }

    /** The path with its parameters filled in: plausible values, or {@code value} for the one named. */
    private static String fill(String template, List<JsonNode> parameters, String name, String value) {
        String target = template;
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String n = parameter.get("name").asText();
            String v = n.equals(name) ? value : switch (n) {
                case "driveId" -> DRIVE_ID;
                case "fiscalYear" -> "2563";
                case "group" -> "drive-kpi";
                case "username" -> "sweep-nobody";
                default -> "1";
            };
            target = target.replace("{" + n + "}", v);
        }
        // Required query parameters get a plausible value, so that the one under test is what is wrong.
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()
                    && !parameter.get("name").asText().equals(name)) {
                query.add(parameter.get("name").asText() + "=" + switch (parameter.get("name").asText()) {
                    case "fiscalYear" -> "2563";
                    case "asOf" -> "2019-12-01";
                    default -> "1";
                });
            }
        }
        return query.isEmpty() ? target : target + "?" + String.join("&", query);
    }

    private static byte[] bodyFor(String method, JsonNode operation) {
        return operation.has("requestBody") ? "{}".getBytes(StandardCharsets.UTF_8) : null;
    }

    private String authFor(String method, String target, String json) {
        return basic(loginFor(HttpMethod.valueOf(method), target, json, "sweeper@test"));
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            s = schemas.path(s.get("$ref").asText().substring("#/components/schemas/".length()));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0), schemas);
        }
        return s;
    }

    private static List<String> wrongValues(JsonNode schema) {
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        return switch (type) {
            case "string" -> schema.has("enum") ? List.of("\"NOT_ONE_OF_THEM\"", "0", "\"0\"", "true", "{}")
                    : schema.path("format").asText().equals("date") ? List.of("\"2019-02-30\"", "\"not a date\"", "20190101")
                    : List.of("12345", "true", "{}", "[]");
            case "integer" -> List.of("\"abc\"", "1.5", "true", "{}", "1e400", "123456789012345678901234567890");
            case "number" -> List.of("\"abc\"", "true", "{}");
            case "boolean" -> List.of("\"yes\"", "{}", "[]");
            case "array" -> List.of("\"x\"", "{}", "1");
            case "object" -> List.of("\"x\"", "[]", "1");
            default -> List.of();
        };
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }

    private static String basic(Login login) {
        return "Basic " + Base64.getEncoder().encodeToString((login.username() + ":" + login.password())
                .getBytes(StandardCharsets.UTF_8));
    }

}
