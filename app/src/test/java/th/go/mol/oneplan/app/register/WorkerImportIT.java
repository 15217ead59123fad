package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;
import th.go.mol.oneplan.app.workerimport.WorkerImportCommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A centre's survey imported in bulk (docs/import.md), on Ubon Ratchathani (34), which no other test uses: a
 * generated file of a few thousand workers with bad rows among them, over HTTP as a background job; the same file
 * again, which creates nothing; the error report as JSON and as CSV; and the command-line runner.
 */
class WorkerImportIT extends LedgerIntegrationTest {
    private static final String CENTRE = "centre-340101-2563";
    private static final String IMPORTS = "/api/tambon-centres/" + CENTRE + "/worker-imports";
    private static final int[] TAMBONS = {340101, 340104, 340105, 340107, 340108};
    private static final int ROWS = 3000;

    @Autowired
    WorkerImportCommandLine commandLine;

    private Login officer;

    @BeforeEach
    void theCentreIsEstablished() {
        officer = userWith("officer@ubon", Role.PROVINCIAL_OFFICER, 34, null);
        if (getStatus("/api/pilot-programmes/pilot-34-2563") == 404) {
            post("/api/pilot-programmes", json("{'provinceCode':34,'fiscalYear':2563,'name':'โครงการศูนย์ฯ อุบลราชธานี',"
                    + "'declaredOn':'2019-10-20'}"), "officer@ubon");
        }
        if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                CENTRE) == 0) {
            Answer established = post("/api/tambon-centres", json("{'centreId':'" + CENTRE + "','subdistrictCode':340101,"
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม หมู่ 1'},'establishedOn':'2019-11-15',"
                    + "'pilot':false,'programmeId':'pilot-34-2563'}"), "officer@ubon");
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        }
    }

    @Test
    void a_survey_is_registered_in_the_background_its_bad_rows_reported_and_the_same_file_again_creates_nothing() {
        List<Long> badLines = new ArrayList<>();
        byte[] file = survey(badLines);
        long before = workersRegistered();

        Reply uploaded = upload(file, officer);

        assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(202);
        String job = uploaded.headers().getFirst(HttpHeaders.LOCATION);
        assertThat(job).matches("/api/worker-imports/import-[0-9a-f-]{36}");
        assertThat(uploaded.body().get("rowsExpected").asLong()).isEqualTo(ROWS);
        JsonNode done = awaitDone(job);
        System.out.printf("worker import: %d rows at %.0f rows/s%n", done.get("rowsDone").asLong(),
                done.get("rowsPerSecond").asDouble());
        assertThat(done.get("rowsDone").asLong()).isEqualTo(ROWS);
        assertThat(done.get("rejected").asLong()).isEqualTo(badLines.size());
        assertThat(done.get("registered").asLong()).isEqualTo(ROWS - badLines.size());
        assertThat(done.get("alreadyRegistered").asLong()).isZero();
        assertThat(done.get("secondsLeft").asLong()).isZero();
        assertThat(workersRegistered() - before).isEqualTo(ROWS - badLines.size());
        assertThat(jdbc.queryForObject("select count(*) from worker_import_chunk where job_id = ?", Long.class,
                job.substring(job.lastIndexOf('/') + 1))).as("the spooled file, once done").isZero();

        JsonNode page = read(job + "/errors?size=5", MediaType.APPLICATION_JSON_VALUE).body();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(badLines.size());
        JsonNode first = page.get("errors").get(0);
        assertThat(first.get("line").asLong()).isEqualTo(badLines.get(0));
        assertThat(first.get("field").asText()).isEqualTo("nationalId");
        assertThat(first.get("rule").asText()).isEqualTo("national-id-check-digit");

        String csv = csv(job + "/errors");
        assertThat(csv).startsWith("line,field,rule,message\r\n");
        assertThat(csv).contains(badLines.get(1) + ",dateOfBirth,working-age,")
                .contains(badLines.get(2) + ",row,column-count,")
                .contains(badLines.get(3) + ",firstName,thai-script,");
        assertThat(csv.lines().skip(1).map(l -> Long.parseLong(l.substring(0, l.indexOf(',')))).distinct())
                .containsExactlyElementsOf(badLines);
        assertThat(csv).as("no personal value in the report").doesNotContain("Somchai").doesNotContain("1111111111111");

        // The same file again: every good row gets its first outcome back, nothing is registered twice.
        Reply again = upload(file, officer);
        assertThat(again.status()).isEqualTo(202);
        JsonNode repeated = awaitDone(again.headers().getFirst(HttpHeaders.LOCATION));
        assertThat(repeated.get("registered").asLong()).isZero();
        assertThat(repeated.get("alreadyRegistered").asLong()).isEqualTo(ROWS - badLines.size());
        assertThat(repeated.get("rejected").asLong()).isEqualTo(badLines.size());
        assertThat(workersRegistered() - before).isEqualTo(ROWS - badLines.size());
    }

    @Test
    void a_file_whose_header_is_wrong_or_for_a_centre_never_established_is_refused_up_front() {
        Reply unknown = upload((SurveyFiles.HEADER + ",nickname\n").getBytes(StandardCharsets.UTF_8), officer);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asText()).isEqualTo("nickname");
        assertThat(unknown.body().get("errors").get(0).get("rule").asText()).isEqualTo("unknown-column");

        Reply missing = upload((SurveyFiles.HEADER.replace(",registeredOn", "") + "\n").getBytes(StandardCharsets.UTF_8),
                officer);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("registeredOn");

        Reply noCentre = exchangeCsv("/api/tambon-centres/centre-340104-2563/worker-imports",
                (SurveyFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8), officer);
        assertThat(noCentre.status()).isEqualTo(404);
    }

    @Test
    void an_officer_of_another_province_may_neither_import_nor_read_the_job() {
        Login other = userWith("officer@ubon-neighbour", Role.PROVINCIAL_OFFICER, 35, null);
        byte[] small = (SurveyFiles.HEADER + "\n" + SurveyFiles.row(90_001, 340101) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(upload(small, other).status()).isEqualTo(403);

        Reply mine = upload(small, officer);
        assertThat(mine.status()).isEqualTo(202);
        String job = mine.headers().getFirst(HttpHeaders.LOCATION);
        awaitDone(job);
        assertThat(exchange(HttpMethod.GET, job, null, other.basic()).status()).isEqualTo(403);
        assertThat(exchange(HttpMethod.GET, job, null, admin().basic()).status()).isEqualTo(200);
    }

    @Test
    void the_command_line_imports_a_file_and_prints_its_progress_and_summary() throws Exception {
        Path file = Files.createTempFile("survey", ".csv");
        StringBuilder text = new StringBuilder(SurveyFiles.HEADER).append('\n');
        for (int i = 0; i < 300; i++) {
            text.append(SurveyFiles.row(80_000 + i, 340105)).append('\n');
        }
        text.append("3100000000000,MR,สมชาย,ใจดี,1985-01-01,1,1,340105,TRADE,NONE,,,,PUBLIC_TASK,,,2020-02-03\n");
        Files.writeString(file, text);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        long before = workersRegistered();

        int exit = commandLine.importFile(file, CENTRE, "officer@ubon", new PrintStream(printed, true,
                StandardCharsets.UTF_8));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(out).isZero();
        assertThat(out).contains("import: job import-").contains("301 rows")
                .contains("DONE: 301 rows").contains("300 registered, 0 already registered, 1 rejected");
        assertThat(workersRegistered() - before).isEqualTo(300);

        int unknownCentre = commandLine.importFile(file, "centre-340107-2563", "officer@ubon",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(unknownCentre).as("a centre never established: the job cannot run").isEqualTo(2);
        Files.delete(file);
    }

    /** {@value #ROWS} rows across the centre's tambon and its neighbours; some bad, their lines in {@code badLines}. */
    private static byte[] survey(List<Long> badLines) {
        StringBuilder text = new StringBuilder("\uFEFF").append(SurveyFiles.HEADER).append("\r\n");
        for (int i = 0; i < ROWS; i++) {
            long line = i + 2;
            String row = SurveyFiles.row(1_000_000 + i, TAMBONS[i % TAMBONS.length]);
            if (i % 97 == 10) {
                badLines.add(line);
                row = switch (badLines.size() % 4) {
                    case 1 -> "1111111111111" + row.substring(13);                 // wrong check digit
                    case 2 -> row.replaceFirst(",(\\d{4}-04-12|12/04/25\\d{2}),", ",2015-04-12,"); // 4 years old
                    case 3 -> row.substring(0, row.lastIndexOf(','));             // a field missing
                    default -> row.replaceFirst(",[^,]+,", ",MR,Somchai,").replaceFirst("(,Somchai),[^,]+,", "$1,");
                };
            }
            text.append(row).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long workersRegistered() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier like 'worker-%'"
                + " and payloadtype like '%WorkerRegistered'", Long.class);
    }

    private JsonNode awaitDone(String job) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Reply status = exchange(HttpMethod.GET, job, null, officer.basic());
            assertThat(status.status()).as("%s", status.body()).isEqualTo(200);
            last[0] = status.body();
            String s = status.body().get("status").asText();
            assertThat(s).isNotEqualTo("FAILED");
            return s.equals("DONE");
        });
        return last[0];
    }

    private Reply upload(byte[] file, Login login) {
        return exchangeCsv(IMPORTS, file, login);
    }

    private Reply exchangeCsv(String path, byte[] file, Login login) {
        return http.post().uri(path).contentType(MediaType.parseMediaType("text/csv")).headers(login.basic())
                .body(file).exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        response.getHeaders(), JSON.readTree(response.getBody().readAllBytes())));
    }

    private Reply read(String path, String accept) {
        return http.get().uri(path).headers(officer.basic()).header(HttpHeaders.ACCEPT, accept)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        JSON.readTree(response.getBody().readAllBytes())));
    }

    private String csv(String path) {
        return http.get().uri(path).headers(officer.basic()).header(HttpHeaders.ACCEPT, "text/csv")
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(200);
                    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
                    return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                });
    }
}
