package th.go.mol.oneplan.app.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import th.go.mol.oneplan.common.FiscalYear;
import th.go.mol.oneplan.common.ThaiDates;
import th.go.mol.oneplan.geography.Subdistrict;
import th.go.mol.oneplan.geography.ThaiGeography;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Trang FY 2562 data set says what the source says (DOMAIN.md, seed document l.1040-1530). */
class TrangDemoDataSetTest {
    private static final String DRIVE = "/api/drives/92-2562";
    private static final List<String> DATE_FIELDS = List.of("leadAssignedOn", "meetingDate", "orderDate", "writtenOn",
            "visitDate", "inspectionDate", "submittedOn", "correctedOn");
    private static List<DemoRequest> steps;

    @BeforeAll
    static void read() throws Exception {
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        steps = new DemoDataLoader(new StandardEnvironment(), strict, null).read("trang-2562");
    }

    private static List<JsonNode> bodiesOf(String pathEnd) {
        return steps.stream().filter(s -> s.path().endsWith(pathEnd)).map(DemoRequest::body).toList();
    }

    @Test
    void every_step_is_a_post_with_a_note_to_the_trang_drive() {
        assertThat(steps.get(0).path()).isEqualTo("/api/drives");
        assertThat(steps.get(0).body().get("provinceCode").asInt()).isEqualTo(92);
        assertThat(steps.get(0).body().get("fiscalYear").asInt()).isEqualTo(2562);
        assertThat(steps.get(0).body().get("leadAssignedOn").asText()).isEqualTo("2018-10-19");
        assertThat(steps).allSatisfy(s -> {
            assertThat(s.method()).isEqualTo("POST");
            assertThat(s.note()).isNotBlank();
            assertThat(s.body().isObject()).isTrue();
        });
        assertThat(steps.subList(1, steps.size())).allSatisfy(s -> assertThat(s.path()).startsWith(DRIVE + "/"));
        assertThat(DemoDataLoader.driveIdOf(steps)).contains("92-2562");
    }

    @Test
    void business_dates_lie_in_fy_2562_and_come_in_order() {
        FiscalYear fy2562 = new FiscalYear(2562);
        List<LocalDate> dates = new ArrayList<>();
        for (DemoRequest s : steps) {
            assertThat(s.body().path("lateRecord").asBoolean(false)).as(s.path()).isFalse();
            DATE_FIELDS.stream().filter(s.body()::has).findFirst()
                    .map(f -> ThaiDates.parse(s.body().get(f).asText()))
                    .ifPresent(dates::add);
        }
        assertThat(dates).allSatisfy(d -> assertThat(fy2562.contains(d)).as(d.toString()).isTrue());
        assertThat(dates).isSorted();
    }

    @Test
    void the_agenda_item_13_is_chosen_at_the_heads_meeting_of_26_november() {
        JsonNode agenda = bodiesOf("/agenda-items").get(0);
        assertThat(agenda.get("items").toString()).isEqualTo("[13]");
        JsonNode meeting = bodiesOf("/meetings").stream()
                .filter(m -> m.get("meetingNumber").asText().equals(agenda.get("meetingNumber").asText()))
                .findFirst().orElseThrow();
        assertThat(meeting.get("meetingType").asText()).isEqualTo("HEADS_OF_AGENCIES");
        assertThat(meeting.get("meetingDate").asText()).isEqualTo("2018-11-26");
    }

    @Test
    void the_working_group_is_pracharat_with_an_advisor_head_and_secretary() {
        JsonNode order = bodiesOf("/working-group").get(0);
        assertThat(order.get("signedBy").asText()).isNotBlank();
        assertThat(ThaiDates.parse(order.get("orderDate").asText())).isBefore(LocalDate.of(2019, 1, 15));
        List<JsonNode> members = new ArrayList<>();
        order.get("members").forEach(members::add);
        assertThat(members.stream().map(m -> m.get("sector").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("GOVERNMENT", "PRIVATE", "PEOPLE");
        assertThat(members.stream().map(m -> m.get("role").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ADVISOR", "HEAD", "MEMBER", "SECRETARY");
        assertThat(members.stream().map(m -> m.get("name").asText()).distinct().count()).isEqualTo(members.size());
    }

    @Test
    void plan_version_1_has_9_projects_10_pilot_sites_one_per_district_and_311_200_baht() {
        JsonNode v1 = bodiesOf("/plans").get(0);
        assertThat(v1.get("projects")).hasSize(9);
        assertThat(total(v1)).isEqualByComparingTo("311200");
        assertThat(totalOf(v1, "EMPLOYMENT_OFFICE")).isEqualByComparingTo("35000");
        assertThat(totalOf(v1, "SKILL_DEVELOPMENT_OFFICE")).isEqualByComparingTo("200000");
        assertThat(totalOf(v1, "PROVINCIAL_LABOUR_OFFICE")).isEqualByComparingTo("76200");

        Set<Integer> sites = new LinkedHashSet<>();
        v1.get("projects").forEach(p -> p.get("pilotSites").forEach(s -> sites.add(s.asInt())));
        ThaiGeography geography = ThaiGeography.load();
        List<Subdistrict> subdistricts = sites.stream().map(c -> geography.subdistrict(c).orElseThrow()).toList();
        assertThat(subdistricts).hasSize(10).allSatisfy(s -> assertThat(s.provinceCode()).isEqualTo(92));
        assertThat(subdistricts.stream().map(Subdistrict::districtCode).distinct().count()).isEqualTo(10);
        assertThat(sites).contains(920705, 920201, 920606, 920501);
    }

    @Test
    void the_revision_follows_the_inspection_and_centres_on_wang_maprang_nuea() {
        JsonNode v2 = bodiesOf("/plans").get(1);
        assertThat(v2.get("reason").asText()).contains("ผู้ตรวจราชการ");
        assertThat(v2.has("inspectionEventId")).as("a static file cannot know the inspection's event id").isFalse();
        assertThat(ThaiDates.parse(v2.get("writtenOn").asText()))
                .isAfter(ThaiDates.parse(bodiesOf("/inspections").get(0).get("inspectionDate").asText()));
        assertThat(total(v2)).isEqualByComparingTo("311200");
        JsonNode employment = v2.get("projects").get(0);
        assertThat(employment.get("pilotSites").toString()).isEqualTo("[920705]");
        assertThat(bodiesOf("/plans/1/approval").get(0).get("meetingNumber").asText()).isEqualTo("1/2562");
        assertThat(bodiesOf("/plans/2/approval").get(0).get("meetingNumber").asText()).isEqualTo("2/2562");
    }

    @Test
    void field_visits_cite_projects_of_the_plan_and_sites_of_the_source() {
        Set<String> codes = new LinkedHashSet<>();
        bodiesOf("/plans").get(0).get("projects").forEach(p -> codes.add(p.get("projectCode").asText()));
        List<JsonNode> visits = bodiesOf("/field-visits");
        assertThat(visits).extracting(v -> v.get("visitDate").asText() + "@" + v.get("siteSubdistrictCode").asInt())
                .containsExactly("2019-02-13@920606", "2019-03-12@920705", "2019-03-28@920201", "2019-04-24@920201",
                        "2019-05-21@920501", "2019-06-12@920705");
        assertThat(visits).allSatisfy(v -> assertThat(codes).contains(v.get("planProjectCode").asText()));
    }

    @Test
    void ten_monthly_reports_the_first_for_october_and_november_then_by_the_5th() {
        List<JsonNode> reports = bodiesOf("/monthly-reports");
        assertThat(reports).hasSize(10);
        assertThat(reports.get(0).get("periodFrom").asText()).isEqualTo("2018-10");
        assertThat(reports.get(0).get("periodTo").asText()).isEqualTo("2018-11");
        assertThat(reports.get(0).get("submittedOn").asText()).isEqualTo("2018-12-03");
        for (int i = 1; i < reports.size(); i++) {
            YearMonth period = YearMonth.of(2018, 12).plusMonths(i - 1);
            assertThat(reports.get(i).get("periodFrom").asText()).isEqualTo(period.toString());
            assertThat(reports.get(i).get("submittedOn").asText()).isEqualTo(period.plusMonths(1).atDay(5).toString());
        }
        assertThat(reports).allSatisfy(r -> assertThat(r.get("form").asText()).isIn("62-1", "62-3"));
    }

    @Test
    void the_one_goal_summary_is_letter_0027_1082_of_30_september_with_1692_people() {
        JsonNode summary = bodiesOf("/one-goal-summary").get(0);
        assertThat(summary.get("letterNumber").asText()).isEqualTo("ตง 0027/1082");
        assertThat(summary.get("submittedOn").asText()).isEqualTo("2019-09-30");
        assertThat(summary.get("peopleReached").asInt()).isEqualTo(1692);
    }

    @Test
    void the_activities_spend_311200_baht_ee_35000_skill_200000_in_7_batches_plo_76200_and_reach_1692_with_the_visits() {
        List<JsonNode> activities = bodiesOf("/activities");
        BigDecimal spent = BigDecimal.ZERO;
        java.util.Map<String, BigDecimal> byAgency = new java.util.TreeMap<>();
        int participants = 0;
        for (JsonNode a : activities) {
            assertThat(a.get("amountSpent").decimalValue().scale()).isLessThanOrEqualTo(2);
            spent = spent.add(a.get("amountSpent").decimalValue());
            byAgency.merge(a.get("agency").asText(), a.get("amountSpent").decimalValue(), BigDecimal::add);
            participants += a.get("participants").asInt();
            LocalDate on = LocalDate.parse(a.get("activityDate").asText());
            assertThat(new FiscalYear(2562).contains(on)).isTrue();
            assertThat(on).isAfter(LocalDate.of(2019, 4, 17));
        }
        assertThat(spent).isEqualByComparingTo("311200");
        assertThat(byAgency.get("EMPLOYMENT_OFFICE")).isEqualByComparingTo("35000");
        assertThat(byAgency.get("SKILL_DEVELOPMENT_OFFICE")).isEqualByComparingTo("200000");
        assertThat(byAgency.get("PROVINCIAL_LABOUR_OFFICE")).isEqualByComparingTo("76200");
        assertThat(activities.stream().filter(a -> a.get("agency").asText().equals("SKILL_DEVELOPMENT_OFFICE"))).hasSize(7);
        assertThat(activities.stream().filter(a -> a.get("agency").asText().equals("PROVINCIAL_LABOUR_OFFICE"))).hasSize(2);
        assertThat(activities).anySatisfy(a -> {
            assertThat(a.get("activityDate").asText()).isEqualTo("2019-06-12");
            assertThat(a.get("participants").asInt()).isEqualTo(20);
            assertThat(a.get("amountSpent").decimalValue()).isEqualByComparingTo("20000");
        });
        int visited = bodiesOf("/field-visits").stream().mapToInt(v -> v.get("peopleReached").asInt()).sum();
        assertThat(participants + visited).isEqualTo(1692);
    }

    private static BigDecimal total(JsonNode plan) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode p : plan.get("projects")) {
            sum = sum.add(p.get("budget").decimalValue());
        }
        return sum;
    }

    private static BigDecimal totalOf(JsonNode plan, String agency) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode p : plan.get("projects")) {
            if (p.get("owningAgency").asText().equals(agency)) {
                sum = sum.add(p.get("budget").decimalValue());
            }
        }
        return sum;
    }
}
