package th.go.mol.oneplan.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.drive.plan.PlanDrafted;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A One Plan stored before projects had several allocations (PlanDrafted without a revision, each project with
 * one budgetSatang and budgetSource) still reads, on PostgreSQL: the upcaster gives the drive and the
 * projections the project's one allocation, owned by the project's agency. (The V7 migration rewrote such plans
 * kept in drive_act the same way; V24 dropped that table, its acts being kept in columns since.)
 */
class PlanStoredBeforeAllocationsIT extends LedgerIntegrationTest {
    private static final String DRIVE_ID = "92-2565";
    private static final String DRIVE = "/api/drives/" + DRIVE_ID;

    private static String planAsStoredBefore(String eventId) {
        return json("""
                {'driveId':'92-2565','eventId':'%s','version':1,'oneGoal':'แรงงานนอกระบบมีอาชีพ มีรายได้',
                 'projects':[{'projectCode':'P1','name':'ฝึกอาชีพเสริม','owningAgency':'EMPLOYMENT_OFFICE',
                   'partnerAgency':null,'targetGroup':'แรงงานนอกระบบ','targetHeadcount':20,'pilotSites':[920705],
                   'budgetSatang':3500000,'budgetSource':'CENTRAL_MINISTRY'}],
                 'businessDate':'2022-01-10','lateRecord':false,
                 'recording':{'recordedBy':'officer@trang','recordedAt':'2022-01-10T03:00:00Z','commandId':'old-1'}}
                """.formatted(eventId));
    }

    @Test
    void a_plan_stored_before_allocations_is_approved_and_spent_from_as_one_allocation() {
        for (int step : new int[]{0, 5}) {
            JsonNode request = TrangDemo.movedBy(TrangDemo.requests().get(step), 3);
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        StoredEvents.appendWithoutRevision(jdbc, DRIVE_ID, PlanDrafted.class,
                PlanStoredBeforeAllocationsIT::planAsStoredBefore);

        JsonNode detail = awaitGet(DRIVE, d -> d.path("plan").path("versions").size() == 1);
        JsonNode project = detail.get("plan").get("versions").get(0).get("projects").get(0);
        assertThat(project.get("budgetSatang").asLong()).isEqualTo(35_000_00L);
        assertThat(project.get("allocations")).hasSize(1);
        assertThat(project.get("allocations").get(0).get("budgetSource").asText()).isEqualTo("CENTRAL_MINISTRY");
        assertThat(project.get("allocations").get(0).get("agency").asText()).isEqualTo("EMPLOYMENT_OFFICE");

        JsonNode meeting = TrangDemo.movedBy(TrangDemo.requests().get(8), 3);
        assertThat(post(meeting.get("path").asText(), meeting.get("body").toString()).status()).isEqualTo(201);
        Answer approved = post(DRIVE + "/plans/1/approval",
                json("{'meetingNumber':'" + meeting.get("body").get("meetingNumber").asText() + "'}"));
        assertThat(approved.status()).as("the drive reads the old plan as version 1: %s", approved.body())
                .isEqualTo(201);
        Answer spent = post(DRIVE + "/activities", json("{'activityDate':'2022-02-01','siteSubdistrictCode':920705,"
                + "'participants':20,'amountSpent':1000.00,'agency':'EMPLOYMENT_OFFICE','planProjectCode':'P1',"
                + "'description':'ฝึกอาชีพ'}"));
        assertThat(spent.status()).as("%s", spent.body()).isEqualTo(201);

        JsonNode budget = awaitGet(DRIVE + "/budget",
                b -> b.path("totals").path("figures").path("spent").path("satang").asLong() == 1_000_00L);
        JsonNode allocation = budget.get("projects").get(0).get("allocations").get(0);
        assertThat(allocation.get("budgetSource").asText()).isEqualTo("CENTRAL_MINISTRY");
        assertThat(allocation.get("figures").get("allocated").get("satang").asLong()).isEqualTo(35_000_00L);
        assertThat(allocation.get("figures").get("remaining").get("satang").asLong()).isEqualTo(34_000_00L);
        JsonNode activity = get(DRIVE).body().get("activities").get(0);
        assertThat(activity.get("fundedBy").get("agency").asText()).isEqualTo("EMPLOYMENT_OFFICE");
    }
}
