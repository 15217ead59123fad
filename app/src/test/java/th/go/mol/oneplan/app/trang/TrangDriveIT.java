package th.go.mol.oneplan.app.trang;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of the domain brief, end to end: Trang's FY 2562 drive played through the HTTP API on
 * PostgreSQL reaches all five KPI levels on the dates the dossier gives, with the acts that prove them.
 */
class TrangDriveIT extends LedgerIntegrationTest {

    @BeforeEach
    void trangHasRecordedItsYear() {
        TrangDemo.ensurePlayed(this);
    }

    @Test
    void every_level_is_reached_on_its_day_by_the_acts_that_prove_it() {
        JsonNode kpi = awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 5);

        JsonNode levels = kpi.get("levels");
        assertThat(levels).hasSize(5);
        assertLevel(levels.get(0), 1, "2018-12-20", List.of("WorkingGroupAppointed"));
        assertLevel(levels.get(1), 2, "2019-01-15", List.of("PlanDrafted", "MeetingRecorded", "PlanApproved"));
        assertLevel(levels.get(2), 3, "2019-02-13", List.of("FieldVisitLogged"));
        assertLevel(levels.get(3), 4, "2019-03-05", Collections.nCopies(7, "MonthlyReportSubmitted"));
        assertLevel(levels.get(4), 5, "2019-09-30", List.of("OneGoalSummarySubmitted"));
        assertThat(levels.get(1).get("evidence").findValuesAsText("documentReference"))
                .anySatisfy(ref -> assertThat(ref).contains("1/2562"));
        assertThat(levels.get(4).get("evidence").get(0).get("documentReference").asText()).contains("ตง 0027/1082");
        for (JsonNode level : levels) {
            assertThat(level.get("history").get(0).get("change").asText()).isEqualTo("REACHED");
            assertThat(level.get("history").get(0).get("recordedBy").asText()).isEqualTo("secretary@trang");
        }
    }

    @Test
    void level_4_names_every_report_sent_after_the_first_field_visit_each_added_as_it_was_recorded() {
        JsonNode kpi = awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 5);
        long inStore = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '92-2562'",
                Long.class);
        JsonNode audit = awaitGet(TrangDemo.DRIVE + "/audit?page=0&size=200",
                a -> a.path("totalEntries").asLong() == inStore);
        JsonNode level4 = kpi.get("levels").get(3);

        // Level 3 was reached on 2019-02-13 (the visit to Bang Kung): the reports of October-November, December
        // and January came before any field work; the seven after it all followed up the plan.
        List<String> evidence = new ArrayList<>();
        level4.get("evidence").forEach(e -> evidence.add(e.get("businessDate").asText() + " "
                + e.get("type").asText() + " " + e.get("documentReference").asText()));
        assertThat(evidence).containsExactly(
                "2019-03-05 MonthlyReportSubmitted form 62-1 for 2019-02",
                "2019-04-05 MonthlyReportSubmitted form 62-1 for 2019-03",
                "2019-05-05 MonthlyReportSubmitted form 62-1 for 2019-04",
                "2019-06-05 MonthlyReportSubmitted form 62-1 for 2019-05",
                "2019-07-05 MonthlyReportSubmitted form 62-1 for 2019-06",
                "2019-08-05 MonthlyReportSubmitted form 62-1 for 2019-07",
                "2019-09-05 MonthlyReportSubmitted form 62-1 for 2019-08");
        List<String> reportsAfterTheVisit = new ArrayList<>();
        for (JsonNode entry : audit.get("entries")) {
            if (entry.get("eventType").asText().equals("MonthlyReportSubmitted")
                    && entry.get("businessDate").asText().compareTo("2019-02-13") >= 0) {
                reportsAfterTheVisit.add(entry.get("eventId").asText());
            }
        }
        assertThat(level4.get("evidence").findValuesAsText("eventId")).containsExactlyElementsOf(reportsAfterTheVisit);

        // Reached once, by the February report; then each later report extended the evidence, still since 2019-03-05.
        JsonNode history = level4.get("history");
        assertThat(history.findValuesAsText("change")).containsExactly("REACHED", "EVIDENCE_EXTENDED",
                "EVIDENCE_EXTENDED", "EVIDENCE_EXTENDED", "EVIDENCE_EXTENDED", "EVIDENCE_EXTENDED", "EVIDENCE_EXTENDED");
        assertThat(history.findValuesAsText("on")).containsOnly("2019-03-05");
        assertThat(history.findValuesAsText("causedByEventId")).containsExactlyElementsOf(reportsAfterTheVisit);
    }

    @Test
    void the_plan_revised_after_the_inspection_is_a_second_version_and_the_first_stays_visible() {
        JsonNode detail = awaitGet(TrangDemo.DRIVE, d -> d.path("plan").path("versions").size() == 2
                && d.path("oneGoalSummary").isObject());

        JsonNode versions = detail.get("plan").get("versions");
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(versions.get(0).get("approvedAtMeeting").asText()).isEqualTo("1/2562");
        assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).get("status").asText()).isEqualTo("APPROVED");
        assertThat(versions.get(1).get("revisesVersion").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("reason").asText()).isNotBlank();
        assertThat(versions.get(1).get("approvedAtMeeting").asText()).isEqualTo("2/2562");
        assertThat(detail.get("plan").get("versionInForce").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("projects")).hasSize(9);
        assertThat(detail.get("plan").get("totalBudget").decimalValue()).isEqualByComparingTo("311200");
        assertThat(detail.get("workingGroup").get("members").findValuesAsText("sector"))
                .contains("GOVERNMENT", "PRIVATE", "PEOPLE");
        assertThat(detail.get("monthlyReports")).hasSize(10);
        assertThat(detail.get("inspections")).hasSize(1);
        assertThat(detail.get("oneGoalSummary").get("peopleReached").asInt()).isEqualTo(1692);
    }

    @Test
    void the_audit_trail_lists_every_event_in_the_order_it_was_recorded() {
        JsonNode kpi = awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 5);
        long inStore = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '92-2562'",
                Long.class);
        JsonNode first = awaitGet(TrangDemo.DRIVE + "/audit?page=0&size=200",
                a -> a.path("totalEntries").asLong() == inStore);

        List<JsonNode> entries = new ArrayList<>();
        first.get("entries").forEach(entries::add);
        assertThat(entries).hasSize((int) inStore);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).get("position").asInt()).isEqualTo(i + 1);
            assertThat(entries.get(i).get("eventId").asText()).isEqualTo("92-2562/" + (i + 1));
            assertThat(entries.get(i).get("summary").asText()).isNotBlank();
            assertThat(entries.get(i).get("recordedBy").asText()).isEqualTo("secretary@trang");
        }
        assertThat(entries.get(0).get("eventType").asText()).isEqualTo("ProvincialDriveStarted");
        assertThat(entries.get(0).get("businessDate").asText()).isEqualTo("2018-10-19");
        assertThat(entries.get(entries.size() - 1).get("eventType").asText()).isEqualTo("KpiLevelReached");
        JsonNode levelFive = entries.get(entries.size() - 1);
        JsonNode summary = entries.get(entries.size() - 2);
        assertThat(summary.get("eventType").asText()).isEqualTo("OneGoalSummarySubmitted");
        assertThat(levelFive.get("causedByEventId").asText()).isEqualTo(summary.get("eventId").asText());
        assertThat(kpi.get("levels").get(4).get("evidence").get(0).get("eventId").asText())
                .isEqualTo(summary.get("eventId").asText());

        JsonNode secondPage = get(TrangDemo.DRIVE + "/audit?page=1&size=10").body();
        assertThat(secondPage.get("entries").get(0).get("position").asInt()).isEqualTo(11);
    }

    @Test
    void the_fiscal_year_lists_trang_at_level_5_and_the_national_roll_up_counts_it() {
        JsonNode year = awaitGet("/api/drives?fiscalYear=2562", y -> y.path("drives").findValuesAsText("driveId")
                .contains("92-2562") && kpiLevelOf(y, "92-2562") == 5);
        assertThat(kpiLevelOf(year, "92-2562")).isEqualTo(5);

        JsonNode rollup = awaitGet("/api/kpi/rollup?fiscalYear=2562", r -> r.path("byLevel").path("5").asInt() >= 1);
        assertThat(rollup.get("provinces").asInt()).isEqualTo(77);
        int total = 0;
        for (int level = 0; level <= 5; level++) {
            total += rollup.get("byLevel").get(String.valueOf(level)).asInt();
        }
        assertThat(total).isEqualTo(rollup.get("drives").asInt());
    }

    private static int kpiLevelOf(JsonNode year, String driveId) {
        for (JsonNode drive : year.get("drives")) {
            if (drive.get("driveId").asText().equals(driveId)) {
                return drive.get("kpiLevel").asInt();
            }
        }
        return -1;
    }

    private static void assertLevel(JsonNode level, int number, String reachedOn, List<String> evidenceTypes) {
        assertThat(level.get("level").asInt()).isEqualTo(number);
        assertThat(level.get("reached").asBoolean()).as("level %s reached", number).isTrue();
        assertThat(level.get("reachedOn").asText()).as("level %s reached on", number).isEqualTo(reachedOn);
        assertThat(level.get("evidence").findValuesAsText("type")).as("evidence of level %s", number)
                .containsExactlyElementsOf(evidenceTypes);
        for (JsonNode evidence : level.get("evidence")) {
            assertThat(evidence.get("eventId").asText()).startsWith("92-2562/");
            assertThat(evidence.get("businessDate").asText()).isNotBlank();
        }
    }
}
