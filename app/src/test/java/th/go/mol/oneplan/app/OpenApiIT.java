package th.go.mol.oneplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIT extends LedgerIntegrationTest {

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
                "/api/drives/{driveId}/budget", "/api/budget/rollup", "/api/admin/drives/{driveId}/kpi-reassessments");
        JsonNode schemas = get("/v3/api-docs").body().get("components").get("schemas");
        assertThat(schemas.get("ProjectBody").get("properties").fieldNames()).toIterable()
                .contains("allocations", "budget", "budgetSource");
        assertThat(schemas.get("AllocationBody").get("required")).extracting(JsonNode::asText)
                .contains("amount", "budgetSource", "agency");
        assertThat(schemas.get("RecordActivityRequest").get("properties").has("fundedBy")).isTrue();
        assertThat(schemas.get("ReallocateBudgetRequest").get("properties").fieldNames()).toIterable()
                .contains("fromAllocation", "toAllocation");
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
