package th.go.mol.oneplan.app.travel;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.drive.RetroactiveRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's two clocks, end to end on PostgreSQL (docs/time-travel.md). Ratchaburi's drive of FY 2564 records a
 * working group, a plan and a field visit on 10 February 2021 (instant t1). Then a visit of 25 January and January's
 * monthly report are recorded late (t2), and the February visit is corrected: 45 people, not 30, and 6,000 baht, not
 * 5,000 (t3). Every inspector query gives one answer for {@code recordedAsOf=t1} (what the ledger said then) and
 * another for {@code asOf=2021-01-31} (what had happened by then, as the record reads now), and says so in its basis;
 * the changes between t1 and t3 list the two acts added, the correction with each field before and after, and the KPI
 * levels that moved or were gained.
 */
class TimeTravelIT extends LedgerIntegrationTest {
    private static final String DRIVE_ID = "70-2564";
    private static final String DRIVE = "/api/drives/" + DRIVE_ID;
    private static final String END_OF_JANUARY = "2021-01-31";

    /** An instant as a query parameter: in UTC (Z), so nothing in it needs escaping (the client encodes the URI). */
    private static String at(Instant instant) {
        return instant.toString();
    }

    /** An instant strictly between what was recorded before and what is recorded after. */
    private static Instant now() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }

    private String posted(String path, String body) {
        Answer answer = post(path, json(body));
        assertThat(answer.status()).as("%s answered %s", path, answer.body()).isEqualTo(201);
        return answer.body().get("eventId").asText();
    }

    private static long spent(JsonNode budget) {
        return budget.at("/totals/figures/spent/satang").asLong();
    }

    private static JsonNode period(JsonNode calendar, String from) {
        for (JsonNode report : calendar.get("reports")) {
            if (report.get("periodFrom").asText().equals(from)) {
                return report;
            }
        }
        throw new AssertionError("no period from " + from + " in " + calendar);
    }

    private static JsonNode province(JsonNode rollup) {
        for (JsonNode province : rollup.get("provinces")) {
            if (province.get("driveId").asText().equals(DRIVE_ID)) {
                return province;
            }
        }
        throw new AssertionError(DRIVE_ID + " is not in the roll-up " + rollup);
    }

    private static JsonNode entry(JsonNode audit, String eventId) {
        for (JsonNode entry : audit.get("entries")) {
            if (entry.get("eventId").asText().equals(eventId)) {
                return entry;
            }
        }
        throw new AssertionError(eventId + " is not in the trail " + audit);
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    private void givenFy2564RulesDeclared() {
        Long declared = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '2564'",
                Long.class);
        if (declared == null || declared == 0) {
            Reply reply = exchange(HttpMethod.POST, "/api/fiscal-years/2564/reporting-rules",
                    json("{'letterNumber':'รง 0209.2/ว100','letterDate':'2020-11-20','forms':['62-1'],"
                            + "'firstPeriodFrom':'2020-10','firstPeriodTo':'2020-11','firstDueDate':'2020-12-03',"
                            + "'monthlyDueDay':5,'reason':null}"), admin().basic());
            assertThat(reply.status()).as("%s", reply.body()).isEqualTo(201);
        }
        awaitGet("/api/fiscal-years/2564/reporting-rules", r -> r.path("inForce").path("version").asInt() >= 1);
    }

    @Test
    void a_late_record_and_a_correction_give_each_query_two_answers_and_the_changes_between_two_bases()
            throws InterruptedException {
        Long played = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, DRIVE_ID);
        assertThat(played).as("the scene of this test is set once per database").isZero();
        givenFy2564RulesDeclared();
        Instant t0 = now();

        // Up to 10 February 2021, recorded on time: levels 1 to 3.
        posted("/api/drives", "{'provinceCode':70,'fiscalYear':2564,'leadOfficer':{'name':'Lead',"
                + "'position':'Provincial Labour head'},'leadAssignedOn':'2020-10-20'}");
        posted(DRIVE + "/meetings", "{'meetingNumber':'1/2564','meetingType':'WORKING_GROUP',"
                + "'meetingDate':'2021-01-15','chair':'Vice governor'}");
        posted(DRIVE + "/working-group", "{'orderNumber':'รบ 100/2563','orderDate':'2020-12-01',"
                + "'signedBy':'Governor of Ratchaburi','members':["
                + "{'name':'Head','position':'Provincial Labour head','organisation':'PLO','sector':'GOVERNMENT','role':'HEAD'},"
                + "{'name':'Owner','position':'Chair','organisation':'SME club','sector':'PRIVATE','role':'MEMBER'},"
                + "{'name':'Volunteer','position':'Chair','organisation':'Labour volunteers','sector':'PEOPLE','role':'MEMBER'}]}");
        posted(DRIVE + "/plans", "{'oneGoal':'Informal workers have income and social security',"
                + "'writtenOn':'2021-01-10','projects':[{'projectCode':'P1','name':'Skills','owningAgency':"
                + "'EMPLOYMENT_OFFICE','targetGroup':'farmers','targetHeadcount':50,'pilotSites':[700101],"
                + "'budget':20000,'budgetSource':'CENTRAL_MINISTRY'}]}");
        posted(DRIVE + "/plans/1/approval", "{'meetingNumber':'1/2564'}");
        String februaryVisit = posted(DRIVE + "/field-visits", "{'visitDate':'2021-02-10','siteSubdistrictCode':700101,"
                + "'venue':'Na Mueang hall','agenciesPresent':['PLO'],'peopleReached':30,"
                + "'servicesDelivered':['SSO section 40'],'planProjectCode':'P1','amountSpent':5000.00}");
        assertThat(februaryVisit).as("docs/time-travel.md cites it").isEqualTo(DRIVE_ID + "/8");
        awaitGet(DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 3);
        awaitGet(DRIVE + "/budget", b -> spent(b) == 5_000_00L);
        awaitGet(DRIVE + "/audit", a -> a.path("entries").findValuesAsText("eventId").contains(februaryVisit));
        Instant t1 = now();

        // Recorded late: a visit of 25 January and January's report of 5 February.
        String januaryVisit = posted(DRIVE + "/field-visits", "{'visitDate':'2021-01-25','siteSubdistrictCode':700101,"
                + "'venue':'Na Mueang temple','agenciesPresent':['PLO'],'peopleReached':20,"
                + "'servicesDelivered':['job counselling'],'planProjectCode':'P1','amountSpent':2000.00}");
        String januaryReport = posted(DRIVE + "/monthly-reports", "{'form':'62-1','periodFrom':'2021-01',"
                + "'periodTo':'2021-01','submittedOn':'2021-02-05','summary':'January: plan approved, first visit'}");
        assertThat(januaryVisit).as("docs/time-travel.md cites it").isEqualTo(DRIVE_ID + "/10");
        awaitGet(DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 4);
        awaitGet(DRIVE + "/budget", b -> spent(b) == 7_000_00L);
        Instant t2 = now();

        // The February visit corrected: 45 people and 6,000 baht.
        String correction = posted(DRIVE + "/corrections", "{'correctsEventId':'" + februaryVisit + "',"
                + "'whatWasWrong':'the second sign-up sheet and the second receipt were missed',"
                + "'corrections':[{'field':'peopleReached','correctedValue':'45'},"
                + "{'field':'amountSpent','correctedValue':'6000.00'}],'correctedOn':'2021-03-01'}");
        awaitGet(DRIVE + "/budget", b -> spent(b) == 8_000_00L);
        awaitGet(DRIVE + "/audit?size=200", a -> a.path("entries").findValuesAsText("eventId").contains(correction));
        Instant t3 = now();

        String asRecordedAtT1 = "?recordedAsOf=" + at(t1);
        String asOfJanuary = "?asOf=" + END_OF_JANUARY;

        // KPI: at t1 level 3 stood on the February visit; by the end of January, as the record reads now, on the late
        // January visit, and level 4 (January's report of 5 February) had not been reached yet.
        JsonNode kpiNow = get(DRIVE + "/kpi").body();
        JsonNode kpiAtT1 = get(DRIVE + "/kpi" + asRecordedAtT1).body();
        JsonNode kpiInJanuary = get(DRIVE + "/kpi" + asOfJanuary).body();
        assertThat(kpiNow.get("currentLevel").asInt()).isEqualTo(4);
        assertThat(kpiNow.at("/levels/2/reachedOn").asText()).isEqualTo("2021-01-25");
        assertThat(kpiAtT1.get("currentLevel").asInt()).isEqualTo(3);
        assertThat(kpiAtT1.at("/levels/2/reachedOn").asText()).isEqualTo("2021-02-10");
        assertThat(kpiAtT1.at("/levels/2/evidence/0/eventId").asText()).isEqualTo(februaryVisit);
        assertThat(kpiAtT1.at("/levels/2/history").findValuesAsText("on")).containsExactly("2021-02-10");
        assertThat(kpiAtT1.at("/levels/3/reached").asBoolean()).isFalse();
        assertThat(kpiInJanuary.get("currentLevel").asInt()).isEqualTo(3);
        assertThat(kpiInJanuary.at("/levels/2/reachedOn").asText()).isEqualTo("2021-01-25");
        assertThat(kpiInJanuary.at("/levels/2/evidence/0/eventId").asText()).isEqualTo(januaryVisit);
        assertThat(kpiInJanuary.at("/levels/3/reached").asBoolean()).isFalse();
        assertThat(kpiInJanuary.at("/levels/3/unmetBecause").asText()).contains("no progress report");
        assertThat(kpiAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(kpiAtT1.at("/basis/asOf").isNull()).isTrue();
        assertThat(kpiInJanuary.at("/basis/asOf").asText()).isEqualTo(END_OF_JANUARY);
        assertThat(kpiInJanuary.at("/basis/recordedAsOf").isNull()).isTrue();
        assertThat(Instant.parse(kpiAtT1.at("/basis/recordedAt").asText())).isBeforeOrEqualTo(t1);
        assertThat(kpiAtT1.at("/basis/position").asLong())
                .isLessThan(kpiNow.at("/basis/position").asLong());
        // The levels the domain assesses on the acts as they read now are those the drive recorded.
        JsonNode kpiAssessedNow = get(DRIVE + "/kpi?recordedAsOf=" + at(Instant.now())).body();
        for (int level = 0; level < 5; level++) {
            for (String field : List.of("reached", "reachedOn", "evidence", "unmetBecause", "history")) {
                assertThat(kpiAssessedNow.at("/levels/" + level + "/" + field))
                        .as("level %s %s", level + 1, field).isEqualTo(kpiNow.at("/levels/" + level + "/" + field));
            }
        }
        // Asking again at the basis an answer states gives the same answer.
        JsonNode kpiAgain = get(DRIVE + "/kpi?recordedAsOf=" + kpiAtT1.at("/basis/recordedAt").asText()).body();
        assertThat(kpiAgain.get("levels")).isEqualTo(kpiAtT1.get("levels"));

        // Detail: at t1 one visit of 30 people; by the end of January only the late visit; now both, the February one
        // corrected to 45.
        JsonNode detailNow = get(DRIVE).body();
        JsonNode detailAtT1 = get(DRIVE + asRecordedAtT1).body();
        JsonNode detailInJanuary = get(DRIVE + asOfJanuary).body();
        assertThat(ids(detailNow.get("fieldVisits"), "eventId")).containsExactly(februaryVisit, januaryVisit);
        assertThat(detailNow.at("/fieldVisits/0/peopleReached").asInt()).isEqualTo(45);
        assertThat(detailNow.at("/fieldVisits/0/correctedBy/0").asText()).isEqualTo(correction);
        assertThat(ids(detailAtT1.get("fieldVisits"), "eventId")).containsExactly(februaryVisit);
        assertThat(detailAtT1.at("/fieldVisits/0/peopleReached").asInt()).isEqualTo(30);
        assertThat(detailAtT1.at("/fieldVisits/0/corrected").asBoolean()).isFalse();
        assertThat(detailAtT1.get("kpiLevel").asInt()).isEqualTo(3);
        assertThat(ids(detailInJanuary.get("fieldVisits"), "eventId")).containsExactly(januaryVisit);
        assertThat(detailInJanuary.get("monthlyReports")).isEmpty();
        assertThat(detailAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(detailInJanuary.at("/basis/asOf").asText()).isEqualTo(END_OF_JANUARY);
        assertThat(detailNow.at("/basis/position").isIntegralNumber()).isTrue();
        assertThat(get(DRIVE + "?recordedAsOf=" + at(t0)).status()).as("nothing was recorded of the drive at t0")
                .isEqualTo(404);

        // Budget: 5,000 baht spent at t1, 7,000 at t2; by the end of January 2,000; now 8,000.
        assertThat(spent(get(DRIVE + "/budget").body())).isEqualTo(8_000_00L);
        JsonNode budgetAtT1 = get(DRIVE + "/budget" + asRecordedAtT1).body();
        assertThat(spent(budgetAtT1)).isEqualTo(5_000_00L);
        assertThat(spent(get(DRIVE + "/budget?recordedAsOf=" + at(t2)).body())).isEqualTo(7_000_00L);
        JsonNode budgetInJanuary = get(DRIVE + "/budget" + asOfJanuary).body();
        assertThat(spent(budgetInJanuary)).isEqualTo(2_000_00L);
        assertThat(spent(get(DRIVE + "/budget?asOf=" + END_OF_JANUARY + "&recordedAsOf=" + at(t1)).body()))
                .as("at t1 nothing had been recorded as spent in January").isZero();
        assertThat(budgetAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(budgetInJanuary.at("/basis/asOf").asText()).isEqualTo(END_OF_JANUARY);
        // The year's roll-up reads each drive at the clocks too.
        JsonNode rollupNow = get("/api/budget/rollup?fiscalYear=2564").body();
        JsonNode rollupAtT1 = get("/api/budget/rollup?fiscalYear=2564&recordedAsOf=" + at(t1)).body();
        assertThat(province(rollupNow).at("/figures/spent/satang").asLong()).isEqualTo(8_000_00L);
        assertThat(province(rollupAtT1).at("/figures/spent/satang").asLong()).isEqualTo(5_000_00L);
        assertThat(rollupAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(Instant.parse(rollupAtT1.at("/basis/recordedAt").asText())).isBeforeOrEqualTo(t1);

        // The One Goal summary, replayed from the event store at the same clocks: the money as the budget read it,
        // and the correction only once it had been recorded.
        String summary = DRIVE + "/one-goal-summary";
        JsonNode summaryNow = get(summary).body();
        JsonNode summaryAtT1 = get(summary + asRecordedAtT1).body();
        JsonNode summaryInJanuary = get(summary + asOfJanuary).body();
        assertThat(summaryNow.at("/budget/spent/satang").asLong()).isEqualTo(8_000_00L);
        assertThat(summaryAtT1.at("/budget/spent/satang").asLong()).isEqualTo(5_000_00L);
        assertThat(summaryInJanuary.at("/budget/spent/satang").asLong()).isEqualTo(2_000_00L);
        assertThat(summaryNow.get("corrections")).hasSize(1);
        assertThat(summaryAtT1.get("corrections")).isEmpty();
        assertThat(summaryAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(summaryInJanuary.at("/basis/asOf").asText()).isEqualTo(END_OF_JANUARY);

        // Reporting calendar at the end of February: January's report missing at t1, on time as the record reads now.
        String endOfFebruary = "?asOf=2021-02-28";
        JsonNode calendarNow = get(DRIVE + "/reporting-calendar" + endOfFebruary).body();
        JsonNode calendarAtT1 = get(DRIVE + "/reporting-calendar" + endOfFebruary + "&recordedAsOf=" + at(t1)).body();
        assertThat(period(calendarNow, "2021-01").get("status").asText()).isEqualTo("ON_TIME");
        assertThat(period(calendarNow, "2021-01").get("satisfiedByEventId").asText()).isEqualTo(januaryReport);
        assertThat(period(calendarAtT1, "2021-01").get("status").asText()).isEqualTo("MISSING");
        assertThat(calendarAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(calendarAtT1.at("/basis/asOf").asText()).isEqualTo("2021-02-28");
        assertThat(calendarNow.at("/basis/recordedAsOf").isNull()).isTrue();

        // Audit trail: at t1 the February visit stands uncorrected and the late records are absent; by the end of
        // January only what is dated by then; now the late records are flagged retroactive.
        JsonNode auditNow = get(DRIVE + "/audit?size=200").body();
        JsonNode auditAtT1 = get(DRIVE + "/audit?size=200&recordedAsOf=" + at(t1)).body();
        JsonNode auditInJanuary = get(DRIVE + "/audit?size=200&asOf=" + END_OF_JANUARY).body();
        assertThat(ids(auditAtT1.get("entries"), "eventId")).contains(februaryVisit)
                .doesNotContain(januaryVisit, januaryReport, correction);
        assertThat(entry(auditAtT1, februaryVisit).get("correctedBy")).isEmpty();
        assertThat(auditAtT1.get("totalEntries").asLong()).isLessThan(auditNow.get("totalEntries").asLong());
        assertThat(entry(auditNow, februaryVisit).at("/correctedBy/0").asText()).isEqualTo(correction);
        assertThat(entry(auditNow, januaryVisit).get("retroactive").asBoolean()).isTrue();
        // This test records FY 2564 years later, so every line is retroactive; each as the domain's rule says.
        RetroactiveRecord afterThirtyDays = new RetroactiveRecord(30);
        auditNow.get("entries").forEach(e -> assertThat(e.get("retroactive").asBoolean()).as("%s", e)
                .isEqualTo(afterThirtyDays.retroactive(LocalDate.parse(e.get("businessDate").asText()),
                        Instant.parse(e.get("recordedAt").asText()))));
        assertThat(ids(auditInJanuary.get("entries"), "eventId")).contains(januaryVisit)
                .doesNotContain(februaryVisit, januaryReport, correction);
        auditInJanuary.get("entries").forEach(e -> assertThat(e.get("businessDate").asText())
                .isLessThanOrEqualTo(END_OF_JANUARY));
        assertThat(auditAtT1.at("/basis/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(auditInJanuary.at("/basis/asOf").asText()).isEqualTo(END_OF_JANUARY);

        // The changes between t1 and t3.
        JsonNode changes = get(DRIVE + "/changes?from=" + at(t1) + "&to=" + at(t3)).body();
        assertThat(changes.at("/from/recordedAsOf").asText()).isEqualTo(t1.toString());
        assertThat(changes.at("/to/recordedAsOf").asText()).isEqualTo(t3.toString());
        assertThat(changes.at("/from/position").asLong()).isLessThan(changes.at("/to/position").asLong());
        assertThat(ids(changes.get("actsAdded"), "eventId")).containsExactly(januaryVisit, januaryReport);
        JsonNode added = changes.at("/actsAdded/0");
        assertThat(added.get("type").asText()).isEqualTo("FieldVisitLogged");
        assertThat(added.get("businessDate").asText()).isEqualTo("2021-01-25");
        assertThat(added.get("recordedBy").asText()).isEqualTo("officer@test");
        assertThat(Instant.parse(added.get("recordedAt").asText())).isBetween(t1, t2);
        assertThat(added.get("retroactive").asBoolean()).isTrue();
        assertThat(changes.get("actsCorrected")).singleElement().satisfies(c -> {
            assertThat(c.get("eventId").asText()).isEqualTo(februaryVisit);
            assertThat(c.get("correctionEventId").asText()).isEqualTo(correction);
            assertThat(c.get("whatWasWrong").asText()).contains("sign-up sheet");
            assertThat(c.get("businessDate").asText()).isEqualTo("2021-02-10");
            assertThat(c.get("changes").toString()).isEqualTo("[{\"field\":\"peopleReached\",\"before\":\"30\","
                    + "\"after\":\"45\"},{\"field\":\"amountSpentSatang\",\"before\":\"500000\",\"after\":\"600000\"}]");
        });
        assertThat(changes.get("kpiLevels")).hasSize(2);
        JsonNode level3 = changes.at("/kpiLevels/0");
        assertThat(level3.get("level").asInt()).isEqualTo(3);
        assertThat(level3.get("change").asText()).isEqualTo("MOVED");
        assertThat(level3.get("reachedOnBefore").asText()).isEqualTo("2021-02-10");
        assertThat(level3.get("reachedOnAfter").asText()).isEqualTo("2021-01-25");
        assertThat(level3.get("causedByEventId").asText()).isEqualTo(januaryVisit);
        assertThat(level3.get("retroactive").asBoolean()).isTrue();
        JsonNode level4 = changes.at("/kpiLevels/1");
        assertThat(level4.get("level").asInt()).isEqualTo(4);
        assertThat(level4.get("change").asText()).isEqualTo("GAINED");
        assertThat(level4.get("reachedOnBefore").isNull()).isTrue();
        assertThat(level4.get("reachedOnAfter").asText()).isEqualTo("2021-02-05");
        assertThat(level4.get("causedByEventId").asText()).isEqualTo(januaryReport);

        // Since t2 (to now): only the correction, which moved no level.
        JsonNode sinceT2 = get(DRIVE + "/changes?from=" + at(t2)).body();
        assertThat(sinceT2.get("actsAdded")).isEmpty();
        assertThat(ids(sinceT2.get("actsCorrected"), "correctionEventId")).containsExactly(correction);
        assertThat(sinceT2.get("kpiLevels")).isEmpty();
        assertThat(sinceT2.at("/to/recordedAsOf").isTextual()).isTrue();
    }

    @Test
    void the_trang_demo_reads_the_same_levels_when_assessed_at_any_later_instant() {
        TrangDemo.ensurePlayed(this);
        JsonNode recorded = awaitGet(TrangDemo.DRIVE + "/kpi", k -> k.path("currentLevel").asInt() == 5);
        JsonNode assessed = get(TrangDemo.DRIVE + "/kpi?recordedAsOf=" + at(Instant.now())).body();
        assertThat(assessed.get("levels")).isEqualTo(recorded.get("levels"));
        JsonNode lastYear = get(TrangDemo.DRIVE + "/kpi?asOf=2019-03-31").body();
        assertThat(lastYear.get("currentLevel").asInt()).as("by 31 March 2019 Trang had reached level 4")
                .isEqualTo(4);
        assertThat(lastYear.at("/levels/4/history")).isEmpty();
    }

    @Test
    void a_malformed_clock_or_basis_is_a_400_naming_it() {
        assertThat(field(get(DRIVE + "/kpi?asOf=yesterday"))).isEqualTo("asOf");
        assertThat(field(get(DRIVE + "/kpi?recordedAsOf="))).isEqualTo("recordedAsOf");
        assertThat(field(get(DRIVE + "?recordedAsOf=2021-13-45T00:00:00Z"))).isEqualTo("recordedAsOf");
        assertThat(field(get(DRIVE + "/budget?asOf="))).isEqualTo("asOf");
        assertThat(field(get(DRIVE + "/audit?recordedAsOf=soon"))).isEqualTo("recordedAsOf");
        assertThat(field(get(DRIVE + "/reporting-calendar?recordedAsOf=soon"))).isEqualTo("recordedAsOf");
        assertThat(field(get(DRIVE + "/changes"))).isEqualTo("from");
        assertThat(field(get(DRIVE + "/changes?from=later"))).isEqualTo("from");
        assertThat(field(get(DRIVE + "/changes?from=2021-02-01&to=never"))).isEqualTo("to");
        Answer backwards = get(DRIVE + "/changes?from=2021-03-01&to=2021-02-01");
        assertThat(field(backwards)).isEqualTo("from");
        assertThat(backwards.body().toString()).contains("must not be after");
    }

    private static String field(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
        return answer.body().at("/errors/0/field").asText();
    }
}
