package th.go.mol.oneplan.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.drive.plan.Allocation;
import th.go.mol.oneplan.drive.plan.BudgetSource;
import th.go.mol.oneplan.drive.plan.PlanDrafted;
import th.go.mol.oneplan.drive.plan.PlanProject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan version stored before projects had several allocations reads with each project's old budget and source
 * as its one allocation, owned by the project's agency (a partner keeps its name).
 */
class PlanProjectAllocationsUpcasterTest {
    private static final String STORED_BEFORE_ALLOCATIONS = """
            {"driveId":"92-2562","eventId":"92-2562/6","version":1,"oneGoal":"แรงงานนอกระบบมีอาชีพ",
             "projects":[
               {"projectCode":"P2","name":"ฝึกอาชีพเสริม","owningAgency":"EMPLOYMENT_OFFICE","partnerAgency":null,
                "targetGroup":"informal workers","targetHeadcount":20,"pilotSites":[920705],
                "budgetSatang":3500000,"budgetSource":"CENTRAL_MINISTRY"},
               {"projectCode":"P4","name":"ให้ความรู้การออม","owningAgency":"PARTNER",
                "partnerAgency":"สำนักงานพัฒนาชุมชนจังหวัดตรัง","targetGroup":"informal workers","targetHeadcount":100,
                "pilotSites":[920606],"budgetSatang":0,"budgetSource":"OTHER"}],
             "businessDate":"2019-01-10","lateRecord":false,
             "recording":{"recordedBy":"officer@trang","recordedAt":"2019-10-01T03:00:00Z","commandId":"cmd-6"}}
            """;

    @Test
    void the_old_budget_and_source_become_the_projects_one_allocation() throws Exception {
        ObjectMapper mapper = EventStoreSerialization.eventStoreMapper();
        JsonNode upcast = PlanProjectAllocationsUpcaster.withAllocations(mapper.readTree(STORED_BEFORE_ALLOCATIONS));

        PlanDrafted read = mapper.treeToValue(upcast, PlanDrafted.class);

        assertThat(read).isEqualTo(new PlanDrafted("92-2562", "92-2562/6", 1, "แรงงานนอกระบบมีอาชีพ", List.of(
                new PlanProject("P2", "ฝึกอาชีพเสริม", Agency.EMPLOYMENT_OFFICE, null, "informal workers", 20,
                        List.of(920705), List.of(new Allocation(BudgetSource.CENTRAL_MINISTRY, Agency.EMPLOYMENT_OFFICE,
                        null, 35_000_00L))),
                new PlanProject("P4", "ให้ความรู้การออม", Agency.PARTNER, "สำนักงานพัฒนาชุมชนจังหวัดตรัง",
                        "informal workers", 100, List.of(920606), List.of(new Allocation(BudgetSource.OTHER,
                        Agency.PARTNER, "สำนักงานพัฒนาชุมชนจังหวัดตรัง", 0L)))),
                LocalDate.of(2019, 1, 10), false,
                new Recording("officer@trang", Instant.parse("2019-10-01T03:00:00Z"), "cmd-6")));
        assertThat(upcast.get("projects").get(0).has("budgetSatang")).isFalse();
    }

    @Test
    void a_version_already_in_the_new_shape_is_left_as_it_is() throws Exception {
        ObjectMapper mapper = EventStoreSerialization.eventStoreMapper();
        JsonNode once = PlanProjectAllocationsUpcaster.withAllocations(mapper.readTree(STORED_BEFORE_ALLOCATIONS));
        JsonNode twice = PlanProjectAllocationsUpcaster.withAllocations(once.deepCopy());
        assertThat(twice).isEqualTo(once);
    }
}
