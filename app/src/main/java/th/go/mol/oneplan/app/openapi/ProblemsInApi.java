package th.go.mol.oneplan.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import th.go.mol.oneplan.query.consistency.ReadYourWrites;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The error answers of every operation, described once here rather than on each controller: one {@code Problem}
 * schema (RFC 9457, with the members ProblemResponses and SecurityProblems add) served as
 * {@code application/problem+json}, and for each operation the statuses it can really answer with, by what it
 * takes (see {@link #errorsOf}). A controller documents only what is particular to it, e.g.
 * {@code @ApiResponse(responseCode = "409", description = "...")}; the problem content is added here to every
 * 4xx and 5xx answer.
 */
@Component
public class ProblemsInApi implements OperationCustomizer, OpenApiCustomizer {
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String COMMAND_PACKAGE = "th.go.mol.oneplan.command";

    private static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("400", "Invalid input (urn:oneplan:problem:invalid-input): `errors` names each bad field, the"
                    + " rule it broke and why. Nothing was recorded."),
            Map.entry("401", "No credentials, or credentials that were not accepted"
                    + " (urn:oneplan:problem:unauthenticated)."),
            Map.entry("403", "Outside the caller's role or scope, or the caller must first change their password"
                    + " (urn:oneplan:problem:forbidden); `rule` names the rule."),
            Map.entry("404", "The drive (or the other resource named in the path) is unknown; `what` says which."),
            Map.entry("409", "Well formed, but it breaks a rule of the drive (urn:oneplan:rule:<rule>); `rule` names"
                    + " it. `stale-version` when If-Match no longer matches: `currentVersion` and `ETag` give the"
                    + " drive's version now."),
            Map.entry("413", "The body is larger than the service accepts (urn:oneplan:problem:body-too-large)."),
            Map.entry("415", "The body is not application/json."),
            Map.entry("422", "The Idempotency-Key was already used for a different request (rule"
                    + " idempotency-key-reused)."),
            Map.entry("429", "Too many failed logins for this user name (urn:oneplan:problem:too-many-failed-logins);"
                    + " Retry-After says when to try again."),
            Map.entry("500", "Unexpected failure; nothing was recorded. Quote the `incident`."),
            Map.entry("503", "Asked for minPosition, and the read models did not include that event position within"
                    + " the wait allowed (rule not-yet-visible); Retry-After says when to ask again."));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (String status : errorsOf(handler)) {
            responses.computeIfAbsent(status, s -> new ApiResponse());
        }
        // Every error answer is a problem, whatever springdoc guessed from the handler's return type.
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        sorted.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                asProblem(status, response, isCommand(handler));
            }
            responses.addApiResponse(status, response);
        });
        operation.setResponses(responses);
        return operation;
    }

    /**
     * What an operation can answer besides success: every one may meet 401, 403, 429 (login lock) and 500; one
     * that reads a path, a query or a body 400; a path naming something 404; a body 413 and 415; a command
     * (CommandSender: rules of the drive, If-Match, Idempotency-Key) 400, 404, 409 and 422.
     */
    static List<String> errorsOf(HandlerMethod handler) {
        List<String> errors = new java.util.ArrayList<>(List.of("401", "403", "429", "500"));
        MethodParameter[] parameters = handler.getMethodParameters();
        boolean body = has(parameters, RequestBody.class);
        boolean path = has(parameters, PathVariable.class);
        boolean query = has(parameters, RequestParam.class);
        boolean readsYourWrites = isQuery(handler);
        if (body || path || query || isCommand(handler) || readsYourWrites) {
            errors.add("400");
        }
        if (path) {
            errors.add("404");
        }
        if (body) {
            errors.addAll(List.of("413", "415"));
        }
        if (isCommand(handler)) {
            errors.addAll(List.of("404", "409", "422"));
        }
        if (readsYourWrites) {
            errors.add("503");
        }
        return errors.stream().distinct().sorted().toList();
    }

    /** A command of the command side: sent through CommandSender, with its rules, If-Match and Idempotency-Key. */
    static boolean isCommand(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith(COMMAND_PACKAGE)
                && handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class);
    }

    /** A query of the query API: it takes minPosition (ReadYourWrites), so it may answer 503 not-yet-visible. */
    static boolean isQuery(HandlerMethod handler) {
        return handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class)
                && ReadYourWrites.takesMinPosition(handler, "GET");
    }

    private static boolean has(MethodParameter[] parameters, Class<? extends java.lang.annotation.Annotation> type) {
        return Arrays.stream(parameters).anyMatch(p -> p.hasParameterAnnotation(type));
    }

    private static void asProblem(String status, ApiResponse response, boolean command) {
        if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals(defaultReason(status))) {
            response.setDescription(WHY.getOrDefault(status, "A refusal, as a problem."));
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        switch (status) {
            case "401" -> response.addHeaderObject("WWW-Authenticate", new Header()
                    .description("How to authenticate: Basic, or Bearer in JWT mode").schema(new StringSchema()));
            case "429" -> response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds until the user name may log in again").schema(new IntegerSchema()));
            case "503" -> response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds until asking again is worth it").schema(new IntegerSchema()));
            case "409" -> {
                if (command) {
                    response.addHeaderObject("ETag", new Header()
                            .description("With stale-version: the drive's version now, quoted (\"8\")")
                            .schema(new StringSchema()));
                }
            }
            default -> {
            }
        }
    }

    /** springdoc's own description of a status taken from an annotation without one. */
    private static String defaultReason(String status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(Integer.parseInt(status));
        return known == null ? "" : known.getReasonPhrase();
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problem() {
        Schema schema = new ObjectSchema()
                .description("A refusal as an RFC 9457 problem (application/problem+json). Members other than the"
                        + " standard five are present only where they apply.")
                .addProperty("type", new StringSchema().description("What kind of problem, as a URI: "
                        + "urn:oneplan:problem:invalid-input, urn:oneplan:rule:<rule>, urn:oneplan:problem:forbidden,"
                        + " ... ; about:blank when only the status says it").example("urn:oneplan:problem:invalid-input"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status").minimum(
                        java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().description("What was wrong with this request, for a person"))
                .addProperty("instance", new StringSchema().description("The path of the request"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("400 only: each bad field"))
                .addProperty("rule", new StringSchema().description("403, 409, 422 and 503: the rule, e.g."
                        + " field-visit-needs-approved-plan, stale-version, outside-province, password-change-required,"
                        + " not-yet-visible"))
                .addProperty("field", new StringSchema().description("409 only when the rule is about one value of"
                        + " the request: the field, as a path into the body (workerIds[2] with unknown-worker)"))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("409 stale-version: the drive's version now"))
                .addProperty("centreId", new StringSchema().description("409 national-id-registered: the centre"
                        + " whose register holds the person (nothing about the person)"))
                .addProperty("what", new StringSchema().description("404: what is unknown (drive, user, ...)"))
                .addProperty("position", new IntegerSchema().format("int64")
                        .description("503 not-yet-visible: the event position asked for (minPosition)"))
                .addProperty("incident", new StringSchema().description("500: the id to quote; details are in the log"));
        schema.setRequired(List.of("type", "title", "status"));
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> fieldError() {
        Schema schema = new ObjectSchema()
                .description("One reason a request was refused")
                .addProperty("field", new StringSchema().description("The field, as a path into the body"
                        + " (leadOfficer.name, members[2].sector), or the query parameter or header").example("meetingDate"))
                .addProperty("rule", new StringSchema().description("The rule it broke: not-blank, size, format,"
                        + " unknown-field, meeting-number-format, ...").example("format"))
                .addProperty("message", new StringSchema().description("Why, for a person"));
        schema.setRequired(List.of("field", "rule", "message"));
        return schema;
    }
}
