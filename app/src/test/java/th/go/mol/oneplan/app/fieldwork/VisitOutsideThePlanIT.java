package th.go.mol.oneplan.app.fieldwork;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger records what happened: a field visit to a subdistrict the plan in force does not list for its project
 * is recorded, and the drive shows it flagged for the inspector, not refused (the Trang source has such visits).
 */
class VisitOutsideThePlanIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/92-2568";

    @Test
    void a_visit_to_a_site_the_plan_does_not_list_is_recorded_and_flagged_for_the_inspector() {
        // Given Trang's One Plan of FY 2562, six years on: approved on 2025-01-15; project P2 lists 920118.
        JsonNode demo = TrangDemo.requests();
        for (int step : new int[]{0, 5, 7, 8, 9}) {
            JsonNode request = TrangDemo.movedBy(demo.get(step), 6);
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }

        // When the officer logs a visit of P2 to Bang Kung (920606), which P2 does not list, and one to 920118
        Answer outside = post(DRIVE + "/field-visits", json("{'visitDate':'2025-02-13','siteSubdistrictCode':920606,"
                + "'venue':'ศาลาประชาคมหมู่ 3','peopleReached':12,'planProjectCode':'P2'}"));
        Answer inside = post(DRIVE + "/field-visits", json("{'visitDate':'2025-02-14','siteSubdistrictCode':920118,"
                + "'venue':'ศูนย์นำร่อง','peopleReached':20,'planProjectCode':'P2'}"));

        // Then both are recorded, and the drive flags the first only
        assertThat(outside.status()).as("%s", outside.body()).isEqualTo(201);
        assertThat(inside.status()).as("%s", inside.body()).isEqualTo(201);
        JsonNode drive = awaitGet(DRIVE, d -> d.path("fieldVisits").size() == 2);
        JsonNode first = drive.get("fieldVisits").get(0);
        JsonNode second = drive.get("fieldVisits").get(1);
        assertThat(first.get("siteSubdistrictCode").asInt()).isEqualTo(920606);
        assertThat(first.get("flags")).hasSize(1);
        assertThat(first.get("flags").get(0).asText()).startsWith("outside the plan in force: ")
                .contains("920606").contains("P2").contains("920118");
        assertThat(second.get("flags")).isEmpty();
    }
}
