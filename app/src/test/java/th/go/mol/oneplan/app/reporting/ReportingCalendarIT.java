package th.go.mol.oneplan.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.trang.TrangDemo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting calendar end to end: the ministry declares FY 2562's rules (letter รง 0209.2/ว2675), and the
 * provinces' due reports, their compliance and the overdue ones are derived from the drives' monthly reports.
 */
class ReportingCalendarIT extends LedgerIntegrationTest {
    private static final String RULES_2562 = "/api/fiscal-years/2562/reporting-rules";
    private static final String FY_2562 = json("{'letterNumber':'รง 0209.2/ว2675','letterDate':'2561-11-22',"
            + "'forms':['62-1','62-3'],'firstPeriodFrom':'2018-10','firstPeriodTo':'2018-11',"
            + "'firstDueDate':'2018-12-03','monthlyDueDay':5,'reason':null}");
    /** Krabi: a drive of FY 2562 no other test uses. */
    private static final String KRABI = "/api/drives/81-2562";
    private static boolean declared;
    private static boolean krabiPlayed;

    private Reply asAdmin(HttpMethod method, String path, String body, Map<String, String> headers) {
        Consumer<HttpHeaders> auth = admin().basic();
        return exchange(method, path, body, auth.andThen(h -> headers.forEach(h::set)));
    }

    private synchronized void ensureFy2562Declared() {
        if (!declared) {
            Reply reply = asAdmin(HttpMethod.POST, RULES_2562, FY_2562, Map.of());
            assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
            assertThat(reply.body().get("fiscalYear").asText()).isEqualTo("2562");
            assertThat(reply.body().get("eventId").asText()).isEqualTo("2562/rules/1");
            assertThat(reply.body().get("version").asLong()).isEqualTo(1);
            declared = true;
        }
        awaitGet(RULES_2562, r -> r.path("inForce").path("version").asInt() == 1);
    }

    @Test
    void fy_2562_rules_read_back_with_eleven_periods_the_last_due_in_october() {
        ensureFy2562Declared();
        JsonNode rules = get(RULES_2562).body();
        JsonNode inForce = rules.get("inForce");
        assertThat(inForce.get("letterNumber").asText()).isEqualTo("รง 0209.2/ว2675");
        assertThat(inForce.get("letterDate").asText()).isEqualTo("2018-11-22");
        assertThat(inForce.get("forms").toString()).isEqualTo("[\"62-1\",\"62-3\"]");
        assertThat(inForce.get("recordedBy").asText()).isEqualTo(ADMIN);
        assertThat(rules.get("earlierVersions")).isEmpty();
        JsonNode periods = inForce.get("periods");
        assertThat(periods).hasSize(11);
        assertThat(periods.get(0).toString()).isEqualTo(
                "{\"periodFrom\":\"2018-10\",\"periodTo\":\"2018-11\",\"dueDate\":\"2018-12-03\"}");
        assertThat(periods.get(1).get("dueDate").asText()).isEqualTo("2019-01-05");
        assertThat(periods.get(10).toString()).isEqualTo(
                "{\"periodFrom\":\"2019-09\",\"periodTo\":\"2019-09\",\"dueDate\":\"2019-10-05\"}");

        long before = eventsInStore();
        Reply again = asAdmin(HttpMethod.POST, RULES_2562, FY_2562, Map.of());
        assertThat(again.status()).as("%s", again.body()).isEqualTo(409);
        assertThat(again.body().toString()).contains("amendment-needs-reason");
        Reply same = asAdmin(HttpMethod.POST, RULES_2562, FY_2562.replace("\"reason\":null",
                "\"reason\":\"the same letter again\""), Map.of());
        assertThat(same.status()).as("%s", same.body()).isEqualTo(409);
        assertThat(same.body().toString()).contains("rules-unchanged");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void trangs_ten_reports_are_on_time_and_september_falls_due_in_october() {
        ensureFy2562Declared();
        TrangDemo.ensurePlayed(this);
        List<String> reportEvents = new ArrayList<>();
        jdbc.query("select sequencenumber from domainevententry where aggregateidentifier = '92-2562' and payloadtype"
                        + " like '%MonthlyReportSubmitted' order by sequencenumber",
                rs -> {
                    reportEvents.add("92-2562/" + (rs.getLong(1) + 1));
                });
        assertThat(reportEvents).hasSize(10);

        JsonNode calendar = awaitGet(TrangDemo.DRIVE + "/reporting-calendar?asOf=2019-09-30",
                c -> c.get("reports").findValuesAsText("status").stream().filter("ON_TIME"::equals).count() == 10);
        assertThat(calendar.get("driveId").asText()).isEqualTo("92-2562");
        assertThat(calendar.get("fiscalYear").asInt()).isEqualTo(2562);
        assertThat(calendar.get("asOf").asText()).isEqualTo("2019-09-30");
        assertThat(calendar.get("rulesLetter").asText()).isEqualTo("รง 0209.2/ว2675");
        assertThat(calendar.get("complianceRate").asDouble()).isEqualTo(1.0);
        JsonNode reports = calendar.get("reports");
        assertThat(reports).hasSize(11);
        for (int i = 0; i < 10; i++) {
            assertThat(reports.get(i).get("status").asText()).isEqualTo("ON_TIME");
            assertThat(reports.get(i).get("daysLate").asLong()).isZero();
            assertThat(reports.get(i).get("satisfiedByEventId").asText()).isEqualTo(reportEvents.get(i));
            assertThat(reports.get(i).get("resubmissionEventIds")).isEmpty();
        }
        assertThat(reports.get(0).get("submittedOn").asText()).isEqualTo("2018-12-03");
        JsonNode september = reports.get(10);
        assertThat(september.get("periodFrom").asText()).isEqualTo("2019-09");
        assertThat(september.get("dueDate").asText()).isEqualTo("2019-10-05");
        assertThat(september.get("status").asText()).isEqualTo("NOT_YET_DUE");
        assertThat(september.get("satisfiedByEventId").isNull()).isTrue();

        JsonNode overdue = get("/api/reporting/overdue?fiscalYear=2562&asOf=2019-10-06").body();
        List<JsonNode> trang = new ArrayList<>();
        overdue.get("reports").forEach(r -> {
            if (r.get("driveId").asText().equals("92-2562")) {
                trang.add(r);
            }
        });
        assertThat(trang).hasSize(1);
        assertThat(trang.get(0).get("periodFrom").asText()).isEqualTo("2019-09");
        assertThat(trang.get(0).get("dueDate").asText()).isEqualTo("2019-10-05");
        assertThat(trang.get(0).get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(get("/api/reporting/overdue?fiscalYear=2562&asOf=2019-10-05").body().get("reports").toString())
                .as("due on the 5th is not overdue on the 5th").doesNotContain("92-2562");

        JsonNode compliance = province(get("/api/reporting/compliance?fiscalYear=2562&asOf=2019-09-30").body(), 92);
        assertThat(compliance.get("onTime").asLong()).isEqualTo(10);
        assertThat(compliance.get("late").asLong()).isZero();
        assertThat(compliance.get("missing").asLong()).isZero();
        assertThat(compliance.get("notYetDue").asLong()).isEqualTo(1);
        assertThat(compliance.get("complianceRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void a_late_report_a_resubmission_and_a_missing_report_in_krabi() {
        ensureFy2562Declared();
        ensureKrabiPlayed();
        JsonNode calendar = awaitGet(KRABI + "/reporting-calendar?asOf=2562-03-10",
                c -> c.get("reports").get(2).get("resubmissionEventIds").size() == 1);
        JsonNode reports = calendar.get("reports");
        assertThat(reports.findValuesAsText("status").subList(0, 5))
                .containsExactly("ON_TIME", "LATE", "ON_TIME", "MISSING", "NOT_YET_DUE");
        assertThat(reports.get(1).get("daysLate").asLong()).as("due 5 January, sent 9 January").isEqualTo(4);
        assertThat(reports.get(1).get("submittedOn").asText()).isEqualTo("2019-01-09");
        JsonNode january = reports.get(2);
        assertThat(january.get("submittedOn").asText()).isEqualTo("2019-02-05");
        assertThat(january.get("resubmissionEventIds").get(0).asText())
                .isNotEqualTo(january.get("satisfiedByEventId").asText()).startsWith("81-2562/");
        assertThat(reports.get(3).get("daysLate").asLong()).as("February's, due 5 March").isEqualTo(5);
        assertThat(calendar.get("complianceRate").asDouble()).isEqualTo(0.5);

        JsonNode krabi = province(get("/api/reporting/compliance?fiscalYear=2562&asOf=2019-03-10").body(), 81);
        assertThat(List.of(krabi.get("onTime").asLong(), krabi.get("late").asLong(), krabi.get("missing").asLong(),
                krabi.get("notYetDue").asLong())).containsExactly(2L, 1L, 1L, 7L);
        assertThat(krabi.get("complianceRate").asDouble()).isEqualTo(0.5);
        JsonNode overdue = get("/api/reporting/overdue?fiscalYear=2562&asOf=2019-03-10").body();
        List<String> krabiOverdue = new ArrayList<>();
        overdue.get("reports").forEach(r -> {
            if (r.get("provinceCode").asInt() == 81) {
                krabiOverdue.add(r.get("periodFrom").asText() + ":" + r.get("daysOverdue").asLong());
            }
        });
        assertThat(krabiOverdue).containsExactly("2019-02:5");
    }

    @Test
    void only_the_ministry_declares_rules_and_bad_input_is_a_4xx_that_records_nothing() {
        ensureFy2562Declared();
        long before = eventsInStore();
        Reply officer = exchange(HttpMethod.POST, RULES_2562, FY_2562.replace("\"reason\":null", "\"reason\":\"x\""),
                userWith("officer81@test", Role.PROVINCIAL_OFFICER, 81, null).basic());
        assertThat(officer.status()).isEqualTo(403);
        Reply inspector = exchange(HttpMethod.POST, "/api/fiscal-years/2569/reporting-rules", FY_2562,
                userWith(READER, Role.INSPECTOR, null, null).basic());
        assertThat(inspector.status()).isEqualTo(403);

        Map<String, String> badBodies = Map.of(
                "monthlyDueDay", FY_2562.replace("\"monthlyDueDay\":5", "\"monthlyDueDay\":0"),
                "firstDueDate", FY_2562.replace("2018-12-03", "2018-11-30"),
                "firstPeriodFrom", FY_2562.replace("\"firstPeriodFrom\":\"2018-10\"", "\"firstPeriodFrom\":\"2018-09\""),
                "letterNumber", FY_2562.replace("รง 0209.2/ว2675", " "),
                "forms", FY_2562.replace("\"62-3\"", "\"62-9\""),
                "letterDate", FY_2562.replace("2561-11-22", "2561-13-40"));
        badBodies.forEach((field, body) -> {
            Reply reply = asAdmin(HttpMethod.POST, RULES_2562, body.replace("\"reason\":null", "\"reason\":\"r\""),
                    Map.of());
            assertThat(reply.status()).as("%s: %s", field, reply.body()).isEqualTo(400);
            assertThat(reply.body().toString()).as(field).contains(field);
        });
        Reply badYear = asAdmin(HttpMethod.POST, "/api/fiscal-years/25x2/reporting-rules", FY_2562, Map.of());
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body().toString()).contains("fiscalYear");
        Reply wrongYear = asAdmin(HttpMethod.POST, "/api/fiscal-years/2563/reporting-rules", FY_2562, Map.of());
        assertThat(wrongYear.status()).as("FY 2562's months in FY 2563: %s", wrongYear.body()).isEqualTo(400);
        assertThat(eventsInStore()).isEqualTo(before);

        assertThat(get("/api/fiscal-years/2569/reporting-rules").status()).isEqualTo(404);
        assertThat(get("/api/fiscal-years/abc/reporting-rules").status()).isEqualTo(400);
        assertThat(get("/api/drives/80-2562/reporting-calendar?asOf=2019-09-30").status()).isEqualTo(404);
        Answer badAsOf = get(TrangDemo.DRIVE + "/reporting-calendar?asOf=yesterday");
        assertThat(badAsOf.status()).isEqualTo(400);
        assertThat(badAsOf.body().toString()).contains("asOf");
        Answer noYear = get("/api/reporting/overdue?asOf=2019-10-06");
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.body().toString()).contains("fiscalYear");
        Answer noRules = get("/api/reporting/compliance?fiscalYear=2569&asOf=2019-09-30");
        assertThat(noRules.status()).isEqualTo(409);
        assertThat(noRules.body().toString()).contains("reporting-rules-not-declared");
    }

    @Test
    void an_amendment_is_a_new_version_with_the_same_guarantees_as_drive_commands() {
        String path = "/api/fiscal-years/2570/reporting-rules";
        String v1 = json("{'letterNumber':'รง 0209.2/ว1','letterDate':'2026-11-01','forms':['62-1'],"
                + "'firstPeriodFrom':'2026-10','firstPeriodTo':'2026-11','firstDueDate':'2026-12-03','monthlyDueDay':5}");
        Reply first = asAdmin(HttpMethod.POST, path, v1, Map.of("Idempotency-Key", "rules-2570-v1"));
        assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
        long after = eventsInStore();
        Reply retry = asAdmin(HttpMethod.POST, path, v1, Map.of("Idempotency-Key", "rules-2570-v1"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventsInStore()).isEqualTo(after);

        String v2 = v1.replace("\"monthlyDueDay\":5", "\"monthlyDueDay\":31,\"reason\":\"letter ว2: by month end\"");
        Reply stale = asAdmin(HttpMethod.POST, path, v2, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        Reply amended = asAdmin(HttpMethod.POST, path, v2, Map.of("If-Match", "\"1\""));
        assertThat(amended.status()).as("%s", amended.body()).isEqualTo(201);
        assertThat(amended.body().get("eventId").asText()).isEqualTo("2570/rules/2");
        assertThat(amended.body().get("version").asLong()).isEqualTo(2);

        JsonNode rules = awaitGet(path, r -> r.path("inForce").path("version").asInt() == 2);
        assertThat(rules.get("inForce").get("reason").asText()).isEqualTo("letter ว2: by month end");
        assertThat(rules.get("earlierVersions").get(0).get("version").asInt()).isEqualTo(1);
        JsonNode periods = rules.get("inForce").get("periods");
        assertThat(periods.get(1).get("dueDate").asText()).as("December's report by 31 January").isEqualTo("2027-01-31");
        assertThat(periods.get(2).get("dueDate").asText()).as("January's by the end of February").isEqualTo("2027-02-28");
        assertThat(periods.get(10).get("dueDate").asText()).as("September's by 31 October").isEqualTo("2027-10-31");
    }

    private synchronized void ensureKrabiPlayed() {
        if (krabiPlayed) {
            return;
        }
        created(post("/api/drives", json("{'provinceCode':81,'fiscalYear':2562,'leadOfficer':{'name':'L',"
                + "'position':'P'},'leadAssignedOn':'2018-10-15'}")));
        report("2018-10", "2018-11", "2018-12-03");
        report("2018-12", "2018-12", "2019-01-09");
        report("2019-01", "2019-01", "2019-02-05");
        report("2019-01", "2019-01", "2019-02-10");
        krabiPlayed = true;
    }

    private void report(String from, String to, String on) {
        created(post(KRABI + "/monthly-reports", json("{'form':'62-1','periodFrom':'" + from + "','periodTo':'" + to
                + "','submittedOn':'" + on + "','summary':'progress'}")));
    }

    private static void created(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
    }

    private static JsonNode province(JsonNode compliance, int code) {
        for (JsonNode p : compliance.get("provinces")) {
            if (p.get("provinceCode").asInt() == code) {
                return p;
            }
        }
        throw new AssertionError("no province " + code + " in " + compliance);
    }
}
