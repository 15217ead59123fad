package th.go.mol.oneplan.app.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budgets end to end on PostgreSQL: Trang FY 2562 comes out at 311,200 baht allocated and spent; on a drive of
 * its own (Trang FY 2563, the FY 2562 plan a year later) overspending is refused, a reallocation makes room, a
 * revision cancels a project and releases what it had not spent, and bad input is a 400 that records nothing.
 */
class BudgetIT extends LedgerIntegrationTest {
    private static final String NEXT_YEAR = "/api/drives/92-2563";
    private static boolean nextYearApproved;

    @Test
    void trang_fy_2562_allocated_and_spent_311200_baht_and_reached_1692_people() {
        TrangDemo.ensurePlayed(this);
        JsonNode budget = awaitGet(TrangDemo.DRIVE + "/budget",
                b -> b.path("totals").path("figures").path("spent").path("satang").asLong() == 311_200_00L);
        JsonNode totals = budget.get("totals");
        assertThat(totals.get("figures").get("allocated").get("baht").decimalValue())
                .isEqualByComparingTo(new BigDecimal("311200.00"));
        assertThat(totals.get("figures").get("allocated").get("satang").asLong()).isEqualTo(311_200_00L);
        assertThat(totals.get("figures").get("spent").get("baht").decimalValue())
                .isEqualByComparingTo(new BigDecimal("311200.00"));
        assertThat(totals.get("figures").get("remaining").get("satang").asLong()).isZero();
        assertThat(totals.get("inWords").get("allocated").asText()).isEqualTo("สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน");
        assertThat(totals.get("inWords").get("spent").asText()).isEqualTo("สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน");
        assertThat(totals.get("peopleReached").asLong()).isEqualTo(1692);
        assertThat(budget.get("planVersionInForce").asInt()).isEqualTo(2);

        Map<String, Long> spentByAgency = new java.util.TreeMap<>();
        budget.get("agencies").forEach(a -> {
            assertThat(a.get("figures").get("remaining").get("satang").asLong()).isZero();
            spentByAgency.put(a.get("agency").asText(), a.get("figures").get("spent").get("satang").asLong());
        });
        JsonNode employmentOffice = budget.get("agencies").findParents("agency").stream()
                .filter(a -> a.get("agency").asText().equals("EMPLOYMENT_OFFICE")).findFirst().orElseThrow();
        assertThat(employmentOffice.get("figures").get("spent").get("inWords").asText())
                .as("every amount also in Thai words").isEqualTo("สามหมื่นห้าพันบาทถ้วน");
        assertThat(spentByAgency).isEqualTo(Map.of("EMPLOYMENT_OFFICE", 35_000_00L,
                "SKILL_DEVELOPMENT_OFFICE", 200_000_00L, "PROVINCIAL_LABOUR_OFFICE", 76_200_00L));
        assertThat(budget.get("sources")).hasSize(1);
        assertThat(budget.get("sources").get(0).get("budgetSource").asText()).isEqualTo("CENTRAL_MINISTRY");
        assertThat(budget.get("projects")).hasSize(9)
                .allSatisfy(p -> assertThat(p.get("figures").get("remaining").get("satang").asLong()).isZero());
        long byMonth = 0;
        for (JsonNode m : budget.get("spendingByMonth")) {
            byMonth += m.get("spent").get("satang").asLong();
        }
        assertThat(byMonth).isEqualTo(311_200_00L);
        JsonNode june = budget.get("spendingByMonth").get(1);
        assertThat(june.get("month").asText()).isEqualTo("2019-06");
        assertThat(june.get("spent").get("satang").asLong())
                .as("batch 4 (30,000), the elderly batch (20,000) and the employment training (35,000)")
                .isEqualTo(85_000_00L);

        JsonNode rollup = get("/api/budget/rollup?fiscalYear=2562").body();
        JsonNode trang = null;
        for (JsonNode p : rollup.get("provinces")) {
            if (p.get("provinceCode").asInt() == 92) {
                trang = p;
            }
        }
        assertThat(trang).isNotNull();
        // Whatever other drives of FY 2562 this database holds, every breakdown adds up to the national spending.
        long nationalSpent = rollup.get("totals").get("spent").get("satang").asLong();
        assertThat(sumOfSpent(rollup.get("agencies"), "figures")).isEqualTo(nationalSpent);
        assertThat(sumOfSpent(rollup.get("sources"), "figures")).isEqualTo(nationalSpent);
        long nationalByMonth = 0;
        for (JsonNode m : rollup.get("spendingByMonth")) {
            nationalByMonth += m.get("spent").get("satang").asLong();
        }
        assertThat(nationalByMonth).isEqualTo(nationalSpent);
        assertThat(rollup.get("agencies").findValuesAsText("agency")).contains("EMPLOYMENT_OFFICE",
                "SKILL_DEVELOPMENT_OFFICE", "PROVINCIAL_LABOUR_OFFICE");
        assertThat(trang.get("figures").get("spent").get("satang").asLong()).isEqualTo(311_200_00L);
        assertThat(trang.get("peopleReached").asLong()).isEqualTo(1692);
        assertThat(get("/api/budget/rollup").status()).isEqualTo(400);
        assertThat(get("/api/drives/80-2562/budget").status()).isEqualTo(404);
    }

    @Test
    void an_overspend_is_refused_until_a_reallocation_makes_room() {
        ensureNextYearApproved();
        long before = eventsInStore();
        Answer over = post(NEXT_YEAR + "/activities", activity("P9", "21000.01", 40));
        assertThat(over.status()).as("%s", over.body()).isEqualTo(409);
        assertThat(over.body().toString()).contains("overspend").contains("P9").contains("allocated 21000.00 baht")
                .contains("spent 0.00 baht").contains("remaining 21000.00 baht");
        assertThat(eventsInStore()).isEqualTo(before);

        Answer tooMuch = post(NEXT_YEAR + "/budget/reallocations", reallocation("P7", "P9", "50000.01"));
        assertThat(tooMuch.status()).as("%s", tooMuch.body()).isEqualTo(409);
        assertThat(tooMuch.body().toString()).contains("reallocation-exceeds-remaining");
        assertThat(eventsInStore()).isEqualTo(before);

        assertThat(post(NEXT_YEAR + "/budget/reallocations", reallocation("P7", "P9", "5000.00")).status())
                .isEqualTo(201);
        Answer spent = post(NEXT_YEAR + "/activities", activity("P9", "26000.00", 40));
        assertThat(spent.status()).as("%s", spent.body()).isEqualTo(201);

        JsonNode budget = awaitGet(NEXT_YEAR + "/budget",
                b -> project(b, "P9").path("figures").path("spent").path("satang").asLong() == 26_000_00L);
        assertThat(project(budget, "P9").get("figures").get("allocated").get("satang").asLong()).isEqualTo(26_000_00L);
        assertThat(project(budget, "P9").get("figures").get("remaining").get("satang").asLong()).isZero();
        assertThat(project(budget, "P7").get("figures").get("allocated").get("satang").asLong()).isEqualTo(45_000_00L);
    }

    @Test
    void a_revision_that_cancels_a_project_releases_its_remaining_and_may_not_cut_below_spending() {
        ensureNextYearApproved();
        Answer visit = post(NEXT_YEAR + "/field-visits", json("{'visitDate':'2020-02-13','siteSubdistrictCode':920118,"
                + "'venue':'ศูนย์ฯ','peopleReached':25,'planProjectCode':'P2','amountSpent':10000.00}"));
        assertThat(visit.status()).as("%s", visit.body()).isEqualTo(201);
        Answer p8 = post(NEXT_YEAR + "/activities", activity("P8", "30000.00", 100));
        assertThat(p8.status()).as("%s", p8.body()).isEqualTo(201);

        ObjectNode revision = (ObjectNode) nextYear(TrangDemo.requests().get(7)).get("body");
        revision.put("reason", "one site");
        revision.put("writtenOn", "2020-04-17");
        ArrayNode projects = (ArrayNode) revision.get("projects");
        List<JsonNode> kept = new ArrayList<>();
        projects.forEach(p -> {
            if (!p.get("projectCode").asText().equals("P2")) {
                kept.add(p);
            }
        });
        projects.removeAll();
        kept.forEach(projects::add);
        // Whatever the other tests spent on this drive stays covered: no project is given less than it spent.
        JsonNode current = get(NEXT_YEAR + "/budget").body();
        for (JsonNode p : projects) {
            BigDecimal spentOn = project(current, p.get("projectCode").asText()).get("figures").get("spent")
                    .get("baht").decimalValue();
            if (spentOn.compareTo(p.get("budget").decimalValue()) > 0) {
                ((ObjectNode) p).put("budget", spentOn);
            }
            if (p.get("projectCode").asText().equals("P8")) {
                ((ObjectNode) p).put("budget", new BigDecimal("29999.99"));
            }
        }
        long before = eventsInStore();
        Answer below = post(NEXT_YEAR + "/plans", revision.toString());
        assertThat(below.status()).as("%s", below.body()).isEqualTo(409);
        assertThat(below.body().toString()).contains("allocation-below-spent").contains("P8");
        assertThat(eventsInStore()).isEqualTo(before);

        for (JsonNode p : projects) {
            if (p.get("projectCode").asText().equals("P8")) {
                ((ObjectNode) p).put("budget", new BigDecimal("55200.00"));
            }
        }
        assertThat(post(NEXT_YEAR + "/plans", revision.toString()).status()).isEqualTo(201);
        assertThat(post(NEXT_YEAR + "/meetings", json("{'meetingNumber':'2/2563','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'2020-04-17','chair':'รองผู้ว่าราชการจังหวัดตรัง'}")).status()).isEqualTo(201);
        Answer approved = post(NEXT_YEAR + "/plans/2/approval", json("{'meetingNumber':'2/2563'}"));
        assertThat(approved.status()).as("%s", approved.body()).isEqualTo(201);

        JsonNode budget = awaitGet(NEXT_YEAR + "/budget", b -> b.path("planVersionInForce").asInt() == 2);
        JsonNode p2 = project(budget, "P2");
        assertThat(p2.get("cancelled").asBoolean()).isTrue();
        assertThat(p2.get("figures").get("allocated").get("satang").asLong()).isEqualTo(10_000_00L);
        assertThat(p2.get("figures").get("spent").get("satang").asLong()).isEqualTo(10_000_00L);
        assertThat(p2.get("figures").get("remaining").get("satang").asLong()).isZero();

        Answer onCancelled = post(NEXT_YEAR + "/activities", activity("P2", "1.00", 1).replace("2020-03-10", "2020-05-10"));
        assertThat(onCancelled.status()).as("%s", onCancelled.body()).isEqualTo(409);
        assertThat(onCancelled.body().get("rule").asText()).isEqualTo("project-of-approved-plan");
    }

    @Test
    void bad_amounts_are_400s_unknown_projects_and_sites_off_the_plan_409s_and_none_records_anything() {
        ensureNextYearApproved();
        long before = eventsInStore();
        Map<String, String> bad = Map.of(
                "negative", activity("P1", "-1.00", 1),
                "three decimals", activity("P1", "100.001", 1),
                "no amount", activity("P1", "100.00", 1).replace("\"amountSpent\":100.00,", ""));
        bad.forEach((what, body) -> {
            Answer answer = post(NEXT_YEAR + "/activities", body);
            assertThat(answer.status()).as("%s: %s", what, answer.body()).isEqualTo(400);
        });
        Answer unknownProject = post(NEXT_YEAR + "/activities", activity("P99", "100.00", 1));
        assertThat(unknownProject.status()).as("%s", unknownProject.body()).isEqualTo(409);
        assertThat(unknownProject.body().get("rule").asText()).isEqualTo("project-of-approved-plan");
        Answer negativeVisit = post(NEXT_YEAR + "/field-visits", json("{'visitDate':'2020-02-13',"
                + "'siteSubdistrictCode':920118,'venue':'v','peopleReached':1,'planProjectCode':'P2','amountSpent':-5}"));
        assertThat(negativeVisit.status()).isEqualTo(400);
        assertThat(negativeVisit.body().toString()).contains("amountSpent");
        Answer zero = post(NEXT_YEAR + "/budget/reallocations", reallocation("P1", "P2", "0.00"));
        assertThat(zero.status()).as("%s", zero.body()).isEqualTo(400);
        Answer unknown = post(NEXT_YEAR + "/budget/reallocations", reallocation("P1", "P99", "1.00"));
        assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(409);
        assertThat(unknown.body().toString()).contains("project-of-approved-plan");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    private static long sumOfSpent(JsonNode rows, String figures) {
        long sum = 0;
        for (JsonNode row : rows) {
            sum += row.get(figures).get("spent").get("satang").asLong();
        }
        return sum;
    }

    private static JsonNode project(JsonNode budget, String code) {
        for (JsonNode p : budget.get("projects")) {
            if (p.get("projectCode").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no project " + code + " in " + budget);
    }

    private static String activity(String project, String amount, int participants) {
        return json("{'activityDate':'2020-03-10','siteSubdistrictCode':921003,'participants':" + participants
                + ",'amountSpent':" + amount + ",'agency':'PROVINCIAL_LABOUR_OFFICE','planProjectCode':'" + project
                + "','description':'ฝึกอบรมกลุ่มอาชีพ'}");
    }

    private static String reallocation(String from, String to, String amount) {
        return json("{'fromProjectCode':'" + from + "','toProjectCode':'" + to + "','amount':" + amount
                + ",'reason':'the occupation group needs more','reallocatedOn':'2020-03-01'}");
    }

    /** A demo request of FY 2562 moved to FY 2563: the same plan, a year later. */
    private static JsonNode nextYear(JsonNode request) {
        return TrangDemo.movedBy(request, 1);
    }

    private synchronized void ensureNextYearApproved() {
        if (nextYearApproved) {
            return;
        }
        JsonNode demo = TrangDemo.requests();
        for (int step : new int[]{0, 5, 7, 8, 9}) {
            JsonNode request = nextYear(demo.get(step));
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        awaitGet(NEXT_YEAR + "/budget", b -> b.path("planVersionInForce").asInt() == 1);
        nextYearApproved = true;
    }
}
