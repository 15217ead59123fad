package th.go.mol.oneplan.app.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.storage.StoredEvents;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.reporting.MonthlyReportSubmitted;
import th.go.mol.oneplan.drive.reporting.ReportForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reassessing a drive's KPI under the rules in force, end to end on PostgreSQL. A drive of its own (Trang
 * FY 2567, the FY 2562 drive five years later) reaches level 4 on its February report; its March report is then
 * stored as the earlier rules left it (no level 4 event followed it, since level 4 then named only the first
 * report). A ministry administrator's reassessment records level 4 again with both reports, caused by the
 * reassessment; a drive already recorded under the rules in force has nothing to reassess.
 */
class KpiReassessmentIT extends LedgerIntegrationTest {
    private static final String DRIVE_ID = "92-2567";
    private static final String DRIVE = "/api/drives/" + DRIVE_ID;
    private static final String REASSESS = "/api/admin/drives/" + DRIVE_ID + "/kpi-reassessments";
    private static final ObjectMapper EVENT_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void a_report_recorded_under_the_earlier_rules_joins_the_level_4_evidence_on_reassessment() throws Exception {
        for (int step : new int[]{0, 5, 7, 8, 9, 11, 13}) {
            JsonNode request = TrangDemo.movedBy(TrangDemo.requests().get(step), 5);
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        awaitGet(DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 4);
        String march = StoredEvents.appendWithoutRevision(jdbc, DRIVE_ID, MonthlyReportSubmitted.class, eventId -> {
            try {
                return EVENT_JSON.writeValueAsString(new MonthlyReportSubmitted(DRIVE_ID, eventId, ReportForm.FORM_62_1,
                        YearMonth.of(2024, 3), YearMonth.of(2024, 3), "ตง 0027/300", "ผลการดำเนินงานเดือนมีนาคม",
                        LocalDate.of(2024, 4, 5), false,
                        new Recording("secretary@trang", Instant.parse("2024-04-05T03:00:00Z"), "earlier-rules")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitGet(DRIVE, d -> d.path("monthlyReports").size() == 2);
        assertThat(get(DRIVE + "/kpi").body().get("levels").get(3).get("evidence")).hasSize(1);

        Login trangOfficer = userWith("officer@trang", Role.PROVINCIAL_OFFICER, 92, null);
        Reply byOfficer = exchange(HttpMethod.POST, REASSESS, json("{'reason':'rules changed'}"), trangOfficer.basic());
        assertThat(byOfficer.status()).as("only the ministry reassesses: %s", byOfficer.body()).isEqualTo(403);
        Answer noReason = post(REASSESS, json("{'reason':' '}"));
        assertThat(noReason.status()).as("%s", noReason.body()).isEqualTo(400);

        Answer reassessed = post(REASSESS, json("{'reason':'level 4 evidence now names every report that followed"
                + " up the plan','reassessedOn':'2026-11-24'}"));
        assertThat(reassessed.status()).as("%s", reassessed.body()).isEqualTo(201);
        String reassessment = reassessed.body().get("eventId").asText();

        JsonNode kpi = awaitGet(DRIVE + "/kpi", k -> k.path("levels").get(3).path("evidence").size() == 2);
        JsonNode level4 = kpi.get("levels").get(3);
        assertThat(level4.get("reachedOn").asText()).isEqualTo("2024-03-05");
        assertThat(level4.get("evidence").findValuesAsText("eventId")).last().isEqualTo(march);
        JsonNode lastChange = level4.get("history").get(level4.get("history").size() - 1);
        assertThat(lastChange.get("causedByEventId").asText()).isEqualTo(reassessment);
        assertThat(lastChange.get("change").asText()).isEqualTo("EVIDENCE_EXTENDED");

        JsonNode audit = awaitGet(DRIVE + "/audit?size=200",
                a -> a.path("entries").findValuesAsText("eventType").contains("KpiReassessed"));
        List<String> summaries = audit.get("entries").findValuesAsText("summary");
        assertThat(summaries).anyMatch(s -> s.startsWith("KPI rules in force applied again; levels recorded again: 4;"));

        Answer again = post(REASSESS, json("{'reason':'once more'}"));
        assertThat(again.status()).as("%s", again.body()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("kpi-already-current");
    }

    @Test
    void the_trang_demo_is_recorded_under_the_rules_in_force() {
        TrangDemo.ensurePlayed(this);
        long before = eventsInStore();
        Answer answer = post("/api/admin/drives/92-2562/kpi-reassessments", json("{'reason':'check'}"));
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(409);
        assertThat(answer.body().get("rule").asText()).isEqualTo("kpi-already-current");
        assertThat(eventsInStore()).isEqualTo(before);
    }
}
