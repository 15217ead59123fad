package th.go.mol.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description is the contract (docs/api-contract.md); ApiContract checks every exchange against it. */
class OpenApiIT extends LedgerIntegrationTest {
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void the_api_describes_every_command_and_query() {
        JsonNode paths = get("/v3/api-docs").body().get("paths");

        assertThat(paths.fieldNames()).toIterable().contains("/api/drives", "/api/drives/{driveId}/agenda-items",
                "/api/drives/{driveId}/working-group", "/api/drives/{driveId}/working-group/amendments",
                "/api/drives/{driveId}/meetings", "/api/drives/{driveId}/plans",
                "/api/drives/{driveId}/plans/{version}/approval", "/api/drives/{driveId}/field-visits",
                "/api/drives/{driveId}/inspections", "/api/drives/{driveId}/monthly-reports",
                "/api/drives/{driveId}/one-goal-summary", "/api/drives/{driveId}/corrections",
                "/api/kpi/rollup", "/api/fiscal-years/{fiscalYear}/reporting-rules",
                "/api/drives/{driveId}/reporting-calendar", "/api/reporting/overdue", "/api/reporting/compliance",
                "/api/drives/{driveId}/activities", "/api/drives/{driveId}/budget/reallocations",
                "/api/drives/{driveId}/budget", "/api/budget/rollup", "/api/admin/drives/{driveId}/kpi-reassessments",
                "/api/pilot-programmes/{programmeId}", "/api/tambon-centres/{centreId}", "/api/tambon-centres",
                "/api/geography/provinces", "/api/geography/provinces/{provinceCode}/districts",
                "/api/geography/districts/{districtCode}/subdistricts", "/api/geography/search");
        JsonNode schemas = get("/v3/api-docs").body().get("components").get("schemas");
        assertThat(schemas.at("/KpiRollup/properties/withoutDrive/items/$ref").asText())
                .isEqualTo("#/components/schemas/KpiRollupProvinceWithoutDrive");
        assertThat(schemas.at("/OverdueReports/properties/withoutDrive/items/$ref").asText())
                .isEqualTo("#/components/schemas/OverdueProvinceWithoutDrive");
        assertThat(schemas.get("ProjectBody").get("properties").fieldNames()).toIterable()
                .contains("allocations", "budget", "budgetSource");
        assertThat(schemas.get("AllocationBody").get("required")).extracting(JsonNode::asText)
                .contains("amount", "budgetSource", "agency");
        assertThat(schemas.get("RecordActivityRequest").get("properties").has("fundedBy")).isTrue();
        assertThat(schemas.get("ReallocateBudgetRequest").get("properties").fieldNames()).toIterable()
                .contains("fromAllocation", "toAllocation");
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void the_description_names_the_product_and_how_to_log_in_and_is_valid_openapi_3_0() {
        JsonNode api = get("/v3/api-docs").body();

        assertThat(api.get("openapi").asText()).startsWith("3.0.");
        assertThat(api.at("/info/title").asText()).isEqualTo("OnePlan Ledger API");
        assertThat(api.at("/info/version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(api.at("/info/description").asText()).contains("problem+json", "Buddhist Era", "If-Match",
                "Idempotency-Key");
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(new OpenAPIParser().readContents(api.toString(), null, null).getMessages())
                .as("what a standard parser finds wrong with the description").isEmpty();
    }

    @Test
    void every_operation_says_what_it_does_and_answers_with_its_real_status() {
        List<String> missing = new ArrayList<>();
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        eachOperation((name, operation) -> {
            if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()) {
                missing.add(name + ": summary and description");
            }
            // springdoc makes a repeated method name unique as record_1: client generators then name it so.
            String id = operation.path("operationId").asText();
            if (!operationIds.add(id) || id.matches(".*_\\d+")) {
                missing.add(name + ": an operationId of its own, not " + id);
            }
            List<String> successes = new ArrayList<>();
            operation.get("responses").fieldNames().forEachRemaining(s -> {
                if (s.startsWith("2")) {
                    successes.add(s);
                }
            });
            if (successes.size() != 1) {
                missing.add(name + ": one success status, not " + successes);
                return;
            }
            JsonNode success = operation.at("/responses/" + successes.get(0));
            if (!successes.get(0).equals("204") && !success.at("/content").has("application/json")) {
                missing.add(name + ": application/json on " + successes.get(0));
            }
        });
        assertThat(missing).isEmpty();

        JsonNode paths = get("/v3/api-docs").body().get("paths");
        JsonNode started = paths.at("/~1api~1drives/post/responses/201");
        assertThat(started.get("headers").fieldNames()).toIterable().contains("ETag", "Location");
        JsonNode meeting = paths.at("/~1api~1drives~1{driveId}~1meetings/post");
        assertThat(meeting.at("/responses/201/headers").has("ETag")).isTrue();
        assertThat(meeting.get("parameters").findValuesAsText("name")).contains("Idempotency-Key", "If-Match");
        assertThat(meeting.at("/requestBody/content/application~1json/examples/trang-2562/value/meetingNumber").asText())
                .isEqualTo("3/2561");
        assertThat(paths.at("/~1api~1me~1password/post/responses").has("204")).isTrue();
        assertThat(paths.at("/~1api~1admin~1projections~1{processingGroup}~1replay/post/responses").has("202")).isTrue();
    }

    @Test
    void every_operation_documents_its_refusals_as_problems() {
        List<String> missing = new ArrayList<>();
        eachOperation((name, operation) -> {
            JsonNode responses = operation.get("responses");
            for (String status : List.of("401", "403", "500")) {
                if (!responses.has(status)) {
                    missing.add(name + ": " + status);
                }
            }
            if (name.startsWith("POST") && !responses.has("400")) {
                missing.add(name + ": 400");
            }
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().compareTo("400") >= 0 && !PROBLEM.equals(
                        r.getValue().at("/content/application~1problem+json/schema/$ref").asText())) {
                    missing.add(name + ": " + r.getKey() + " as application/problem+json Problem");
                }
            });
        });
        assertThat(missing).isEmpty();

        JsonNode problem = get("/v3/api-docs").body().at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance",
                "errors", "rule", "currentVersion", "incident");
    }

    @Test
    void no_two_types_share_a_schema_name() {
        JsonNode schemas = get("/v3/api-docs").body().at("/components/schemas");

        assertThat(SchemaNameClashes.in(handlers.getHandlerMethods().values()))
                .as("schema names of more than one type the API reads or answers").isEmpty();
        assertThat(schemas.at("/DriveBudgetView/properties/projects/items/$ref").asText())
                .isEqualTo("#/components/schemas/BudgetProject");
        assertThat(schemas.at("/BudgetRollup/properties/provinces/items/$ref").asText())
                .isEqualTo("#/components/schemas/BudgetRollupProvince");
    }

    private void eachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        JsonNode paths = get("/v3/api-docs").body().get("paths");
        for (Map.Entry<String, JsonNode> path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            for (Map.Entry<String, JsonNode> op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }
    }
}
