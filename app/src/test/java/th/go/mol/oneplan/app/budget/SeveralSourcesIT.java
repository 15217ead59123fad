package th.go.mol.oneplan.app.budget;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects funded from several sources, end to end on PostgreSQL, on a drive of its own (Trang FY 2564, the
 * FY 2562 working group two years later): the elderly training P1 has 150,000 baht of the ministry's central
 * budget and 50,000 of the provincial development budget, both Skill Development's; the service day P3 has
 * 55,200 central budget of the Provincial Labour Office and 21,000 from the subdistrict administration (a
 * partner, local government). Spending names its source, is held to that allocation, reallocated money keeps
 * its source, and the budget view answers per project, allocation, agency and source.
 */
class SeveralSourcesIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/92-2564";
    private static final String TAO = "องค์การบริหารส่วนตำบลวังมะปรางเหนือ";
    private static boolean planApproved;

    private static final String PLAN = json("""
            {'oneGoal':'แรงงานนอกระบบมีอาชีพ มีรายได้ มีหลักประกันทางสังคม','writtenOn':'2021-01-10','projects':[
              {'projectCode':'P1','name':'ฝึกทักษะอาชีพผู้สูงอายุ','owningAgency':'SKILL_DEVELOPMENT_OFFICE',
               'targetGroup':'ผู้สูงอายุ','targetHeadcount':140,'pilotSites':[920705],'allocations':[
                 {'amount':150000.00,'budgetSource':'CENTRAL_MINISTRY','agency':'SKILL_DEVELOPMENT_OFFICE'},
                 {'amount':50000.00,'budgetSource':'PROVINCIAL_DEVELOPMENT','agency':'SKILL_DEVELOPMENT_OFFICE'}]},
              {'projectCode':'P2','name':'ฝึกอาชีพเสริม','owningAgency':'EMPLOYMENT_OFFICE','targetGroup':'แรงงานนอกระบบ',
               'targetHeadcount':20,'pilotSites':[920705],'budget':35000.00,'budgetSource':'CENTRAL_MINISTRY'},
              {'projectCode':'P3','name':'วันบริการแบบบูรณาการ','owningAgency':'PROVINCIAL_LABOUR_OFFICE',
               'targetGroup':'แรงงานนอกระบบ','targetHeadcount':1500,'pilotSites':[920705],'allocations':[
                 {'amount':55200.00,'budgetSource':'CENTRAL_MINISTRY','agency':'PROVINCIAL_LABOUR_OFFICE'},
                 {'amount':21000.00,'budgetSource':'LOCAL_GOVERNMENT','agency':'PARTNER',
                  'partnerAgency':'องค์การบริหารส่วนตำบลวังมะปรางเหนือ'}]}]}""");

    @Test
    void spending_names_its_source_and_is_held_to_that_allocation() {
        ensurePlanApproved();
        long before = eventsInStore();
        Answer unnamed = post(DRIVE + "/activities", training("45000.00", null));
        assertThat(unnamed.status()).as("%s", unnamed.body()).isEqualTo(409);
        assertThat(unnamed.body().toString()).contains("fundedBy").contains("name-the-allocation")
                .contains("PROVINCIAL_DEVELOPMENT of SKILL_DEVELOPMENT_OFFICE");
        Answer unknownSource = post(DRIVE + "/activities", training("1.00", "{'budgetSource':'THAIHEALTH'}"));
        assertThat(unknownSource.status()).as("%s", unknownSource.body()).isEqualTo(409);
        assertThat(unknownSource.body().toString()).contains("allocation-of-project");
        assertThat(eventsInStore()).isEqualTo(before);

        Answer provincial = post(DRIVE + "/activities", training("45000.00", "{'budgetSource':'PROVINCIAL_DEVELOPMENT'}"));
        assertThat(provincial.status()).as("%s", provincial.body()).isEqualTo(201);
        Answer over = post(DRIVE + "/activities", training("5000.01", "{'budgetSource':'PROVINCIAL_DEVELOPMENT'}"));
        assertThat(over.status()).as("%s", over.body()).isEqualTo(409);
        assertThat(over.body().toString()).contains("overspend").contains("remaining 5000.00 baht");

        Answer partner = post(DRIVE + "/field-visits", json("{'visitDate':'2021-06-12','siteSubdistrictCode':920705,"
                + "'venue':'อบต.วังมะปรางเหนือ','peopleReached':350,'planProjectCode':'P3','amountSpent':21000.00,"
                + "'fundedBy':{'agency':'PARTNER','partnerAgency':'" + TAO + "'}}"));
        assertThat(partner.status()).as("%s", partner.body()).isEqualTo(201);

        JsonNode budget = awaitGet(DRIVE + "/budget",
                b -> b.path("totals").path("figures").path("spent").path("satang").asLong() >= 66_000_00L);
        JsonNode p1 = project(budget, "P1");
        assertThat(p1.get("allocations")).hasSize(2);
        JsonNode p1Provincial = allocation(p1, "PROVINCIAL_DEVELOPMENT");
        assertThat(p1Provincial.get("agency").asText()).isEqualTo("SKILL_DEVELOPMENT_OFFICE");
        assertThat(p1Provincial.get("figures").get("spent").get("satang").asLong()).isEqualTo(45_000_00L);
        assertThat(p1Provincial.get("figures").get("remaining").get("satang").asLong()).isEqualTo(5_000_00L);
        JsonNode p3Local = allocation(project(budget, "P3"), "LOCAL_GOVERNMENT");
        assertThat(p3Local.get("agency").asText()).isEqualTo("PARTNER");
        assertThat(p3Local.get("partnerAgency").asText()).isEqualTo(TAO);
        assertThat(p3Local.get("figures").get("remaining").get("satang").asLong()).isZero();

        Map<String, Long> allocatedBySource = new HashMap<>();
        budget.get("sources").forEach(s -> allocatedBySource.put(s.get("budgetSource").asText(),
                s.get("figures").get("allocated").get("satang").asLong()));
        assertThat(allocatedBySource).isEqualTo(Map.of("CENTRAL_MINISTRY", 240_200_00L,
                "PROVINCIAL_DEVELOPMENT", 50_000_00L, "LOCAL_GOVERNMENT", 21_000_00L));
        JsonNode taoAgency = null;
        for (JsonNode a : budget.get("agencies")) {
            if (TAO.equals(a.path("partnerAgency").asText())) {
                taoAgency = a;
            }
        }
        assertThat(taoAgency).as("the partner is an owner of money by name: %s", budget.get("agencies")).isNotNull();
        assertThat(taoAgency.get("figures").get("spent").get("satang").asLong()).isEqualTo(21_000_00L);

        JsonNode detail = get(DRIVE).body();
        assertThat(detail.get("activities")).isNotEmpty();
        JsonNode activity = detail.get("activities").get(0);
        assertThat(activity.get("fundedBy").get("budgetSource").asText()).isEqualTo("PROVINCIAL_DEVELOPMENT");
        assertThat(activity.get("fundedBy").get("agency").asText()).isEqualTo("SKILL_DEVELOPMENT_OFFICE");
        assertThat(activity.get("amountSpentSatang").asLong()).isEqualTo(45_000_00L);
        JsonNode plannedP1 = detail.get("plan").get("versions").get(0).get("projects").get(0);
        assertThat(plannedP1.get("budgetSatang").asLong()).isEqualTo(200_000_00L);
        assertThat(plannedP1.get("allocations")).hasSize(2);
    }

    @Test
    void reallocated_money_keeps_its_source() {
        ensurePlanApproved();
        long before = eventsInStore();
        Answer changesSource = post(DRIVE + "/budget/reallocations", json("{'fromProjectCode':'P1',"
                + "'toProjectCode':'P2','amount':10000.00,'reason':'more applicants','reallocatedOn':'2021-05-01',"
                + "'fromAllocation':{'budgetSource':'CENTRAL_MINISTRY'},'toAllocation':{'budgetSource':'THAIHEALTH'}}"));
        assertThat(changesSource.status()).as("%s", changesSource.body()).isEqualTo(409);
        assertThat(changesSource.body().toString()).contains("reallocation-keeps-source");
        Answer unnamed = post(DRIVE + "/budget/reallocations", json("{'fromProjectCode':'P1','toProjectCode':'P2',"
                + "'amount':10000.00,'reason':'more applicants','reallocatedOn':'2021-05-01'}"));
        assertThat(unnamed.status()).as("%s", unnamed.body()).isEqualTo(409);
        assertThat(unnamed.body().toString()).contains("fromAllocation");
        assertThat(eventsInStore()).isEqualTo(before);

        Answer moved = post(DRIVE + "/budget/reallocations", json("{'fromProjectCode':'P1','toProjectCode':'P3',"
                + "'amount':10000.00,'reason':'the service day drew more people','reallocatedOn':'2021-05-01',"
                + "'fromAllocation':{'budgetSource':'CENTRAL_MINISTRY'}}"));
        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(201);

        JsonNode budget = awaitGet(DRIVE + "/budget", b -> b.path("reallocations").size() == 1);
        JsonNode reallocation = budget.get("reallocations").get(0);
        assertThat(reallocation.get("fromAllocation").get("budgetSource").asText()).isEqualTo("CENTRAL_MINISTRY");
        assertThat(reallocation.get("toAllocation").get("agency").asText())
                .as("P3's central money is the Provincial Labour Office's").isEqualTo("PROVINCIAL_LABOUR_OFFICE");
        assertThat(reallocation.get("amount").get("satang").asLong()).isEqualTo(10_000_00L);
        assertThat(allocation(project(budget, "P3"), "CENTRAL_MINISTRY").get("figures").get("allocated").get("satang")
                .asLong()).isEqualTo(65_200_00L);
        assertThat(allocation(project(budget, "P1"), "CENTRAL_MINISTRY").get("figures").get("allocated").get("satang")
                .asLong()).isEqualTo(140_000_00L);
        assertThat(budget.get("totals").get("figures").get("allocated").get("satang").asLong()).isEqualTo(311_200_00L);
    }

    @Test
    void a_mistyped_amount_is_corrected_and_held_to_its_allocation() {
        ensurePlanApproved();
        Answer typed = post(DRIVE + "/activities", json("{'activityDate':'2021-03-10','siteSubdistrictCode':920705,"
                + "'participants':20,'amountSpent':3000.00,'agency':'EMPLOYMENT_OFFICE','planProjectCode':'P2',"
                + "'description':'ฝึกอาชีพเสริม รุ่น 1'}"));
        assertThat(typed.status()).as("%s", typed.body()).isEqualTo(201);
        String activity = typed.body().get("eventId").asText();

        long before = eventsInStore();
        Answer tooMuch = post(DRIVE + "/corrections", correction(activity, "35000.01"));
        assertThat(tooMuch.status()).as("%s", tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.body().toString()).contains("overspend").contains("CENTRAL_MINISTRY of EMPLOYMENT_OFFICE");
        Answer notBaht = post(DRIVE + "/corrections", correction(activity, "300.001"));
        assertThat(notBaht.status()).as("%s", notBaht.body()).isEqualTo(400);
        assertThat(notBaht.body().toString()).contains("corrections.amountSpent");
        assertThat(eventsInStore()).isEqualTo(before);

        Answer corrected = post(DRIVE + "/corrections", correction(activity, "300.00"));
        assertThat(corrected.status()).as("%s", corrected.body()).isEqualTo(201);
        JsonNode budget = awaitGet(DRIVE + "/budget",
                b -> project(b, "P2").path("figures").path("spent").path("satang").asLong() == 300_00L);
        assertThat(project(budget, "P2").get("figures").get("remaining").get("satang").asLong()).isEqualTo(34_700_00L);
        // The audit trail is another projection than the budget's acts: wait for it to hold the activity too.
        JsonNode audit = awaitGet(DRIVE + "/audit?size=200", a -> a.toString().contains(activity));
        assertThat(audit.toString()).contains(activity);
    }

    private static String correction(String eventId, String baht) {
        return json("{'correctsEventId':'" + eventId + "','whatWasWrong':'the receipt says 300 baht',"
                + "'corrections':[{'field':'amountSpent','correctedValue':'" + baht + "'}],'correctedOn':'2021-03-15'}");
    }

    @Test
    void a_plan_states_allocations_or_the_one_source_shorthand_and_each_allocation_in_full() {
        String drive = "/api/drives/92-2566";
        for (int step : new int[]{0, 5}) {
            JsonNode request = TrangDemo.movedBy(TrangDemo.requests().get(step), 4);
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        long before = eventsInStore();
        Map<String, String> bad = Map.of(
                "both", "{'amount':1.00,'budgetSource':'OTHER','agency':'EMPLOYMENT_OFFICE'}],'budget':1.00,"
                        + "'budgetSource':'OTHER'",
                "no source", "{'amount':1.00,'agency':'EMPLOYMENT_OFFICE'}]",
                "unnamed partner", "{'amount':1.00,'budgetSource':'LOCAL_GOVERNMENT','agency':'PARTNER'}]",
                "twice", "{'amount':1.00,'budgetSource':'OTHER','agency':'EMPLOYMENT_OFFICE'},"
                        + "{'amount':2.00,'budgetSource':'OTHER','agency':'EMPLOYMENT_OFFICE'}]",
                "three decimals", "{'amount':1.001,'budgetSource':'OTHER','agency':'EMPLOYMENT_OFFICE'}]");
        Map<String, String> field = Map.of("both", "projects[0].allocations", "no source", "budgetSource",
                "unnamed partner", "projects[0].allocations[0].partnerAgency", "twice", "projects[0].allocations[1]",
                "three decimals", "projects[0].allocations[0].amount");
        bad.forEach((what, allocations) -> {
            Answer answer = post(drive + "/plans", json("{'oneGoal':'g','writtenOn':'2023-01-10','projects':["
                    + "{'projectCode':'P1','name':'n','owningAgency':'EMPLOYMENT_OFFICE','targetGroup':'t',"
                    + "'targetHeadcount':1,'allocations':[" + allocations + "}]}"));
            assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(400);
            assertThat(answer.body().toString()).as(what).contains(field.get(what));
        });
        Answer neither = post(drive + "/plans", json("{'oneGoal':'g','writtenOn':'2023-01-10','projects':["
                + "{'projectCode':'P1','name':'n','owningAgency':'EMPLOYMENT_OFFICE','targetGroup':'t',"
                + "'targetHeadcount':1}]}"));
        assertThat(neither.status()).as("%s", neither.body()).isEqualTo(400);
        assertThat(neither.body().toString()).contains("projects[0].allocations");
        assertThat(eventsInStore()).isEqualTo(before);

        Answer withoutMoney = post(drive + "/plans", json("{'oneGoal':'g','writtenOn':'2023-01-10','projects':["
                + "{'projectCode':'P1','name':'n','owningAgency':'EMPLOYMENT_OFFICE','targetGroup':'t',"
                + "'targetHeadcount':1,'allocations':[]}]}"));
        assertThat(withoutMoney.status()).as("a project may run without money: %s", withoutMoney.body())
                .isEqualTo(201);
    }

    private static String training(String amount, String fundedBy) {
        return json("{'activityDate':'2021-06-12','siteSubdistrictCode':920705,'participants':20,'amountSpent':"
                + amount + ",'agency':'SKILL_DEVELOPMENT_OFFICE','planProjectCode':'P1',"
                + "'description':'ฝึกอาชีพผู้สูงอายุ'" + (fundedBy == null ? "" : ",'fundedBy':" + fundedBy) + "}");
    }

    private static JsonNode project(JsonNode budget, String code) {
        for (JsonNode p : budget.get("projects")) {
            if (p.get("projectCode").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no project " + code + " in " + budget);
    }

    private static JsonNode allocation(JsonNode project, String source) {
        for (JsonNode a : project.get("allocations")) {
            if (a.get("budgetSource").asText().equals(source)) {
                return a;
            }
        }
        throw new AssertionError("no allocation from " + source + " in " + project);
    }

    private synchronized void ensurePlanApproved() {
        if (planApproved) {
            return;
        }
        JsonNode demo = TrangDemo.requests();
        for (int step : new int[]{0, 5, 7, 8, 9}) {
            JsonNode request = TrangDemo.movedBy(demo.get(step), 2);
            String body = step == 7 ? PLAN : request.get("body").toString();
            Answer answer = post(request.get("path").asText(), body);
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        awaitGet(DRIVE + "/budget", b -> b.path("planVersionInForce").asInt() == 1);
        planApproved = true;
    }
}
