package th.go.mol.oneplan.app.summary;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.query.summary.OneGoalSummaries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The One Goal summary end to end on PostgreSQL: Trang's FY 2562 replayed from the event store gives the figures of
 * the dossier, as JSON field by field, as the Thai HTML report and as PDF; the same events give the same bytes; the
 * two clocks give the summary as it stood before level 5; the year-end job writes the province's reports and the
 * national roll-up.
 */
class OneGoalSummaryIT extends LedgerIntegrationTest {
    private static final String SUMMARY = TrangDemo.DRIVE + "/one-goal-summary";

    @Autowired
    OneGoalSummaries summaries;
    @Autowired
    SummaryDocuments documents;

    @BeforeEach
    void trangHasRecordedItsYear() {
        TrangDemo.ensurePlayed(this);
    }

    @Test
    void trangs_summary_shows_level_5_on_30_september_2562_with_the_dossiers_figures() {
        JsonNode s = get(SUMMARY).body();

        assertThat(s.get("driveId").asText()).isEqualTo("92-2562");
        assertThat(s.get("provinceCode").asInt()).isEqualTo(92);
        assertThat(s.get("fiscalYear").asInt()).isEqualTo(2562);
        assertThat(s.get("fiscalYearFrom").asText()).isEqualTo("2018-10-01");
        assertThat(s.get("fiscalYearTo").asText()).isEqualTo("2019-09-30");
        assertThat(s.get("startedOn").asText()).isEqualTo("2018-10-19");
        // KPI: level 5 reached on 2019-09-30 on letter ตง 0027/1082, every level on the dossier's day.
        JsonNode kpi = s.get("kpi");
        assertThat(kpi.get("currentLevel").asInt()).isEqualTo(5);
        List<String> reached = new ArrayList<>();
        kpi.get("levels").forEach(l -> reached.add(l.get("level").asInt() + " " + l.get("reachedOn").asText()));
        assertThat(reached).containsExactly("1 2018-12-20", "2 2019-01-15", "3 2019-02-13", "4 2019-03-05",
                "5 2019-09-30");
        JsonNode level5 = kpi.get("levels").get(4);
        assertThat(level5.get("evidence")).hasSize(1);
        assertThat(level5.get("evidence").get(0).get("type").asText()).isEqualTo("OneGoalSummarySubmitted");
        assertThat(level5.get("evidence").get(0).get("documentReference").asText()).isEqualTo("letter ตง 0027/1082");
        assertThat(s.get("kpiEvents").findValuesAsText("change")).contains("REACHED");
        // The six steps, each done.
        assertThat(s.get("steps")).hasSize(6);
        s.get("steps").forEach(step -> assertThat(step.get("done").asBoolean()).as("step %s", step).isTrue());
        assertThat(s.get("steps").get(5).get("from").asText()).isEqualTo("2019-09-30");
        // The plan: version 1 superseded by version 2, which was written after the inspection.
        JsonNode versions = s.get("planVersions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(versions.get(0).get("approvedOn").asText()).isEqualTo("2019-01-15");
        assertThat(versions.get(1).get("status").asText()).isEqualTo("APPROVED");
        assertThat(versions.get(1).get("revisesVersion").asInt()).isEqualTo(1);
        assertThat(versions.get(1).get("approvedOn").asText()).isEqualTo("2019-04-17");
        assertThat(versions.get(1).get("reason").asText()).isNotBlank();
        assertThat(s.get("projects")).hasSize(9);
        assertThat(s.get("oneGoal").asText()).isNotBlank();
        // Budget: 311,200 baht allocated and spent, by agency as the dossier splits it.
        JsonNode budget = s.get("budget");
        assertThat(budget.get("spent").get("satang").asLong()).isEqualTo(311_200_00L);
        assertThat(budget.get("allocated").get("satang").asLong()).isEqualTo(311_200_00L);
        assertThat(budget.get("spent").get("inWords").asText()).isEqualTo("สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน");
        List<String> byAgency = new ArrayList<>();
        budget.get("byAgency").forEach(a -> byAgency.add(a.get("agency").asText() + " "
                + a.get("spent").get("baht").decimalValue().toBigInteger()));
        assertThat(byAgency).containsExactly("PROVINCIAL_LABOUR_OFFICE 76200", "SKILL_DEVELOPMENT_OFFICE 200000",
                "EMPLOYMENT_OFFICE 35000");
        assertThat(budget.get("byMonth")).hasSize(12);
        assertThat(budget.get("byMonth").get(0).get("month").asText()).isEqualTo("2018-10");
        // People: 1,692 reached, as the letter says.
        assertThat(s.get("people").get("peopleReached").asLong()).isEqualTo(1692);
        assertThat(s.get("people").get("summaryPeopleReached").asInt()).isEqualTo(1692);
        // Field visits (6) and activities (10); visits outside the one-site plan after 2019-04-17 flagged.
        assertThat(s.get("fieldVisits")).hasSize(6);
        assertThat(s.get("activities")).hasSize(10);
        List<String> flagged = new ArrayList<>();
        s.get("fieldVisits").forEach(v -> {
            if (v.get("flagged").asBoolean()) {
                flagged.add(v.get("visitDate").asText());
            }
        });
        assertThat(flagged).allSatisfy(date -> assertThat(date).isGreaterThan("2019-04-17"));
        // Reporting: 10 monthly reports and the summary letter, on time.
        JsonNode reporting = s.get("reporting");
        assertThat(reporting.get("monthlyReports").asInt()).isEqualTo(10);
        assertThat(reporting.get("periodsReported").asInt()).isEqualTo(10);
        assertThat(reporting.get("oneGoalSummary").get("letterNumber").asText()).isEqualTo("ตง 0027/1082");
        assertThat(reporting.get("oneGoalSummary").get("submittedOn").asText()).isEqualTo("2019-09-30");
        assertThat(reporting.get("oneGoalSummary").get("onTime").asBoolean()).isTrue();
        // One inspection, its recommendation, and the revision that followed it (the demo's revision cites it in
        // its reason, not by id: the link says so).
        JsonNode inspections = s.get("inspections");
        assertThat(inspections).hasSize(1);
        assertThat(inspections.get(0).get("inspectedOn").asText()).isEqualTo("2019-03-05");
        assertThat(inspections.get(0).get("recommendations")).isNotEmpty();
        JsonNode followUps = inspections.get(0).get("followUps");
        assertThat(followUps).hasSize(1);
        assertThat(followUps.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(followUps.get(0).get("link").asText()).isEqualTo("FOLLOWING");
        assertThat(followUps.get(0).get("approvedOn").asText()).isEqualTo("2019-04-17");
        // Basis: the record as it reads now, up to the drive's last event.
        JsonNode basis = s.get("basis");
        assertThat(basis.get("asOf").isNull()).isTrue();
        assertThat(basis.get("recordedAsOf").isNull()).isTrue();
        assertThat(basis.get("position").asLong()).isGreaterThanOrEqualTo(lastPositionOf("92-2562"));
    }

    @Test
    void the_same_events_give_the_same_bytes_of_json_and_html() {
        byte[] json1 = bytes(SUMMARY, "application/json");
        byte[] json2 = bytes(SUMMARY, "application/json");
        byte[] html1 = bytes(SUMMARY, "text/html");
        byte[] html2 = bytes(SUMMARY, "text/html");

        assertThat(json1).isEqualTo(json2);
        assertThat(html1).isEqualTo(html2);
    }

    @Test
    void the_html_report_is_in_thai_with_be_dates_amounts_in_words_the_six_steps_and_the_charts() {
        String html = new String(bytes(SUMMARY, "text/html"), StandardCharsets.UTF_8);

        assertThat(html).contains("สรุปผลการดำเนินงานบรรลุตาม One Goal จังหวัดตรัง", "ปีงบประมาณ 2562",
                "30 กันยายน 2562", "ตง 0027/1082", "311,200.00", "สามแสนหนึ่งหมื่นหนึ่งพันสองร้อยบาทถ้วน", "1,692",
                "แต่งตั้งคณะทำงานในรูปแบบประชารัฐ", "สรุปผลตาม One Goal และรายงานภายใน 30 กันยายน",
                "แผนภูมิการใช้จ่ายรายเดือน", "แผนภูมิการใช้จ่ายจำแนกตามหน่วยงาน", "สำนักงานพัฒนาฝีมือแรงงาน",
                "class=\"bar\"", "5 มีนาคม 2562");
    }

    @Test
    void the_pdf_embeds_the_thai_font_and_reads_back_the_key_thai_strings() throws IOException {
        byte[] pdf = bytes(SUMMARY, "application/pdf");

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("One Goal", "ตง 0027/1082", "311,200.00", "1,692", "2562");
            assertThat(text).contains("กันยายน", "ตรัง");
            List<String> fonts = new ArrayList<>();
            document.getPages().forEach(page -> page.getResources().getFontNames()
                    .forEach(name -> {
                        try {
                            fonts.add(page.getResources().getFont(name).getName());
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            assertThat(fonts).anySatisfy(name -> assertThat(name).contains("Sarabun"));
        }
    }

    @Test
    void as_of_the_day_before_the_letter_the_summary_stands_at_level_4_and_so_it_did_when_recorded_before_it() {
        JsonNode asOf = get(SUMMARY + "?asOf=2019-09-29").body();

        assertThat(asOf.get("kpi").get("currentLevel").asInt()).isEqualTo(4);
        assertThat(asOf.get("kpi").get("levels").get(4).get("reached").asBoolean()).isFalse();
        assertThat(asOf.get("reporting").get("oneGoalSummary").isNull()).isTrue();
        assertThat(asOf.get("basis").get("asOf").asText()).isEqualTo("2019-09-29");

        Instant letterRecorded = recordedAtOf("92-2562", "OneGoalSummarySubmitted");
        JsonNode before = get(SUMMARY + "?recordedAsOf=" + letterRecorded.minusMillis(1)).body();
        assertThat(before.get("kpi").get("currentLevel").asInt()).isEqualTo(4);
        assertThat(before.get("reporting").get("oneGoalSummary").isNull()).isTrue();
        assertThat(before.get("basis").get("position").asLong()).isLessThan(positionOf("92-2562",
                "OneGoalSummarySubmitted"));
        // The basis of the full answer reproduces it: asked again with its recordedAt, the same summary.
        JsonNode now = get(SUMMARY).body();
        JsonNode again = get(SUMMARY + "?recordedAsOf=" + now.get("basis").get("recordedAt").asText()).body();
        assertThat(again.get("kpi")).isEqualTo(now.get("kpi"));
        assertThat(again.get("budget")).isEqualTo(now.get("budget"));
        assertThat(again.get("basis").get("position")).isEqualTo(now.get("basis").get("position"));
    }

    @Test
    void an_unknown_drive_is_404_and_a_malformed_clock_400() {
        assertThat(get("/api/drives/81-2540/one-goal-summary").status()).isEqualTo(404);
        Answer bad = get(SUMMARY + "?asOf=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().toString()).contains("asOf");
    }

    @Test
    void the_year_end_job_writes_the_provinces_reports_and_the_national_roll_up(@TempDir Path out) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SummaryCommandLine job = new SummaryCommandLine(summaries, documents, "2562", "92", out.toString());

        int exit = job.run("2562", "92", out, new PrintStream(log, true, StandardCharsets.UTF_8));

        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("92-2562", "level 5", "done: 1 drives");
        Path dir = out.resolve("2562");
        assertThat(dir.resolve("92-2562.json")).exists();
        assertThat(dir.resolve("92-2562.html")).exists();
        assertThat(dir.resolve("92-2562.pdf")).exists();
        JsonNode national = JSON.readTree(dir.resolve("national-92.json").toFile());
        assertThat(national.get("drives").asInt()).isEqualTo(1);
        assertThat(national.get("spent").get("satang").asLong()).isEqualTo(311_200_00L);
        assertThat(national.get("peopleReached").asLong()).isEqualTo(1692);
        assertThat(national.get("provinces").get(0).get("currentLevel").asInt()).isEqualTo(5);
        assertThat(national.get("provinces").get(0).get("levelReachedOn").asText()).isEqualTo("2019-09-30");
        assertThat(Files.readString(dir.resolve("national-92.html"))).contains("ภาพรวมระดับประเทศ", "ตรัง");
        // The job's JSON is the endpoint's summary (pretty-printed): the same fields and values.
        assertThat(JSON.readTree(dir.resolve("92-2562.json").toFile())).isEqualTo(get(SUMMARY).body());

        assertThat(job.run("25x2", null, out, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    /**
     * A drive of this test's own (Nakhon Si Thammarat, FY 2564: the Trang demo moved two years and to province 80),
     * where the revision names the inspection by id, a visit is corrected, a report is recorded late and the
     * register serves a worker under the drive: the summary shows each, read from the event store (the service
     * through the index of V18), and before the correction was recorded it reads as the ledger did then.
     */
    @Test
    void a_named_revision_a_correction_a_late_record_and_a_registered_worker_served_show_in_the_summary() {
        String drive = "/api/drives/80-2564";
        ensureNakhonSiThammaratsYear();
        JsonNode s = get(drive + "/one-goal-summary").body();
        String visitId = s.get("corrections").get(0).get("correctsEventId").asText();

        JsonNode followUp = s.get("inspections").get(0).get("followUps").get(0);
        assertThat(followUp.get("link").asText()).isEqualTo("NAMED");
        assertThat(followUp.get("version").asInt()).isEqualTo(2);
        assertThat(s.get("planVersions").get(1).get("inspectionEventId").asText())
                .isEqualTo(s.get("inspections").get(0).get("eventId").asText());
        assertThat(s.get("corrections")).hasSize(1);
        assertThat(s.get("corrections").get(0).get("fields").get(0).get("correctedValue").asText())
                .isEqualTo("2021-02-20");
        JsonNode visit = visit(s, visitId);
        assertThat(visit.get("visitDate").asText()).isEqualTo("2021-02-20");
        assertThat(visit.get("corrected").asBoolean()).isTrue();
        assertThat(s.get("lateRecords")).hasSize(1);
        assertThat(s.get("lateRecords").get(0).get("type").asText()).isEqualTo("MonthlyReportSubmitted");
        assertThat(s.get("people").get("registeredWorkersServed").asLong()).isEqualTo(1);
        assertThat(s.get("people").get("servicesDelivered").asLong()).isEqualTo(1);
        assertThat(s.get("people").get("servicesByKind").get(0).get("service").asText()).isEqualTo("SKILLS_TRAINING");

        Instant corrected = recordedAtOf("80-2564", "RecordCorrected");
        JsonNode before = get(drive + "/one-goal-summary?recordedAsOf=" + corrected.minusMillis(1)).body();
        assertThat(before.get("corrections")).isEmpty();
        assertThat(visit(before, visitId).get("visitDate").asText()).isEqualTo("2021-02-13");
        assertThat(visit(before, visitId).get("corrected").asBoolean()).isFalse();
        assertThat(new String(bytes(drive + "/one-goal-summary", "text/html"), StandardCharsets.UTF_8))
                .contains("นครศรีธรรมราช", "แผนฉบับปรับปรุงอ้างถึงการตรวจนี้", "20 กุมภาพันธ์ 2564");
    }

    private static JsonNode visit(JsonNode summary, String eventId) {
        for (JsonNode v : summary.get("fieldVisits")) {
            if (v.get("eventId").asText().equals(eventId)) {
                return v;
            }
        }
        throw new AssertionError("no visit " + eventId + " in " + summary.get("fieldVisits"));
    }

    /** Plays the scene once: the event store says whether an earlier test of this class already did. */
    private synchronized void ensureNakhonSiThammaratsYear() {
        if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = '80-2564'",
                Long.class) > 0) {
            return;
        }
        JsonNode demo = TrangDemo.requests();
        String inspectionId = null;
        String firstVisitId = null;
        // Start .. the inspection and the February report; then meeting 2/2562, the revision naming the
        // inspection, its approval, and the next field visit.
        for (int step : new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19, 20}) {
            JsonNode request = toNakhonSiThammarat(TrangDemo.movedBy(demo.get(step), 2));
            if (step == 18) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("body")).put("inspectionEventId",
                        inspectionId);
            }
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
            if (step == 11) {
                firstVisitId = answer.body().get("eventId").asText();
            }
            if (step == 12) {
                inspectionId = answer.body().get("eventId").asText();
            }
        }
        // The first visit, recorded as on 2021-02-13, was on the 20th.
        Answer correction = post("/api/drives/80-2564/corrections", json("{'correctsEventId':'" + firstVisitId + "',"
                + "'whatWasWrong':'the visit was on 20 February','corrections':[{'field':'visitDate',"
                + "'correctedValue':'2021-02-20'}],'correctedOn':'2021-03-01'}"));
        assertThat(correction.status()).as("%s", correction.body()).isEqualTo(201);
        // September's report, sent on 4 October: after the fiscal year, so a late record.
        Answer late = post("/api/drives/80-2564/monthly-reports", json("{'form':'62-1','periodFrom':'2021-09',"
                + "'periodTo':'2021-09','letterNumber':'นศ 0027/999','summary':'September','submittedOn':'2021-10-04',"
                + "'lateRecord':true}"));
        assertThat(late.status()).as("%s", late.body()).isEqualTo(201);
        // The register serves a worker of a centre of the province under the drive's project P2.
        Answer centre = post("/api/tambon-centres", json("{'subdistrictCode':800101,'venue':{'kind':'VILLAGE_HALL',"
                + "'name':'ศาลาประชาคม'},'establishedOn':'2020-10-05','pilot':false,'programmeId':'pilot-80-2564'}"));
        assertThat(centre.status()).as("%s", centre.body()).isEqualTo(201);
        String centreId = centre.location().substring(centre.location().lastIndexOf('/') + 1);
        String worker = registeredWorker("worker-80256400-0000-4000-8000-000000000001", centreId, 800101,
                81_000_001L, "2020-11-01");
        Reply served = exchange(org.springframework.http.HttpMethod.POST, "/api/workers/" + worker + "/services",
                json("{'service':'SKILLS_TRAINING','agency':'SKILL_DEVELOPMENT_OFFICE','deliveredOn':'2021-05-14',"
                        + "'driveId':'80-2564','projectCode':'P2'}"), admin().basic());
        assertThat(served.status()).as("%s", served.body()).isEqualTo(201);
    }

    /** A request of the demo moved to Nakhon Si Thammarat (80): its drive, province and the ten pilot sites. */
    private static JsonNode toNakhonSiThammarat(JsonNode request) {
        String[][] sites = {{"920118", "800101"}, {"920201", "800102"}, {"920302", "800103"}, {"920404", "800106"},
                {"920501", "800107"}, {"920606", "800108"}, {"920705", "800112"}, {"920806", "800113"},
                {"920902", "800114"}, {"921003", "800115"}};
        String text = request.toString().replace("92-2564", "80-2564").replace("\"provinceCode\":92",
                "\"provinceCode\":80");
        for (String[] site : sites) {
            text = text.replace(site[0], site[1]);
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(String path, String accept) {
        Login login = loginFor(org.springframework.http.HttpMethod.GET, path, null, READER);
        return http.get().uri(path).headers(login.basic()).header(HttpHeaders.ACCEPT, accept)
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(200);
                    assertThat(response.getHeaders().getContentType().toString()).startsWith(accept);
                    return response.getBody().readAllBytes();
                });
    }

    private long lastPositionOf(String aggregate) {
        return jdbc.queryForObject("select max(globalindex) from domainevententry where aggregateidentifier = ?",
                Long.class, aggregate);
    }

    private long positionOf(String aggregate, String type) {
        return jdbc.queryForObject("select min(globalindex) from domainevententry where aggregateidentifier = ?"
                + " and payloadtype like ?", Long.class, aggregate, "%." + type);
    }

    /** When the event's own recording says it was recorded: the time recordedAsOf reads by. */
    private Instant recordedAtOf(String aggregate, String type) {
        return Instant.parse(jdbc.queryForObject("select convert_from(payload, 'UTF8')::jsonb -> 'recording' ->>"
                + " 'recordedAt' from domainevententry where globalindex = ?", String.class, positionOf(aggregate, type)));
    }

}
