package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;
import th.go.mol.oneplan.register.PersonalData;
import th.go.mol.oneplan.register.WorkerRegistered;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 9's whole story, end to end through HTTP on PostgreSQL: Surat Thani (84) declares its FY 2564 pilot
 * programme and establishes its 19 pilot centres, one per district (8401-8419; a 20th in a district that has one is
 * refused), appoints their committees (one without a local-government representative is refused), imports each
 * centre's survey (a few thousand generated workers, with bad rows, a repeated file and a person already registered
 * elsewhere), records services, reads the statistics and the 30% target, and erases one person: her data is gone
 * from the API, the read tables, the event payloads and a replay, while every count holds.
 */
class SuratThaniRegisterIT extends LedgerIntegrationTest {
    private static final String PROGRAMME = "pilot-84-2564";
    /** The second tambon of each of Surat Thani's 19 districts: 840102, 840202, ... 841902. */
    private static final List<Integer> PILOT_TAMBONS = IntStream.rangeClosed(1, 19).map(d -> 840002 + d * 100)
            .boxed().toList();
    private static final int ROWS_PER_FILE = 160;
    /** Rows whose national id is mistyped (a wrong check digit), in every file. */
    private static final int BAD_ROWS_PER_FILE = 2;
    private static final String BOONRUEAN_NAME = "บุญเรือน";
    private static final String BOONRUEAN_SURNAME = "ทองประเสริฐ";
    private static final String BOONRUEAN_ID = SurveyFiles.nationalId(84_999_001L);
    private static final String BOONRUEAN_PHONE = "0891112233";

    @Autowired
    EventStore eventStore;

    @Test
    void surat_thanis_register_from_programme_to_erasure() {
        Login officer = userWith("officer@surat-register", Role.PROVINCIAL_OFFICER, 84, null);
        Login inspector = userWith("inspector@surat-register", Role.INSPECTOR, null, null);

        // Given the programme and one pilot centre in each of the 19 districts
        assertThat(as(officer, HttpMethod.POST, "/api/pilot-programmes", json("{'provinceCode':84,'fiscalYear':2564,"
                + "'name':'โครงการนำร่องศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล จังหวัดสุราษฎร์ธานี ปี 2564',"
                + "'declaredOn':'2020-10-20'}")).status()).isEqualTo(201);
        for (int tambon : PILOT_TAMBONS) {
            Reply designated = as(officer, HttpMethod.POST, "/api/pilot-programmes/" + PROGRAMME + "/pilot-centres",
                    json("{'centreId':'" + centre(tambon) + "','subdistrictCode':" + tambon
                            + ",'designatedOn':'2020-10-25'}"));
            assertThat(designated.status()).as("%s: %s", tambon, designated.body()).isEqualTo(201);
            Reply established = as(officer, HttpMethod.POST, "/api/tambon-centres", json("{'subdistrictCode':"
                    + tambon + ",'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 2'},"
                    + "'establishedOn':'2020-11-15','pilot':true,'programmeId':'" + PROGRAMME + "'}"));
            assertThat(established.status()).as("%s: %s", tambon, established.body()).isEqualTo(201);
            assertThat(established.headers().getFirst(HttpHeaders.LOCATION))
                    .isEqualTo("/api/tambon-centres/" + centre(tambon));
        }
        Reply twentieth = as(officer, HttpMethod.POST, "/api/pilot-programmes/" + PROGRAMME + "/pilot-centres",
                json("{'centreId':'centre-840103-2564','subdistrictCode':840103,'designatedOn':'2020-10-26'}"));
        assertThat(twentieth.status()).isEqualTo(409);
        assertThat(twentieth.body().get("rule").asText()).isEqualTo("one-pilot-per-district");
        assertThat(twentieth.body().get("detail").asText()).contains(centre(840102));

        // Their committees: one without a local-government representative is refused, then each is appointed
        Reply noLocalGovernment = as(officer, HttpMethod.POST, "/api/tambon-centres/" + centre(840102) + "/committee",
                json("{'members':[{'name':'นายสมชาย ใจดี','role':'CHAIR','labourVolunteer':true}],"
                        + "'appointedOn':'2020-11-20'}"));
        assertThat(noLocalGovernment.status()).isEqualTo(409);
        assertThat(noLocalGovernment.body().get("rule").asText()).isEqualTo("committee-needs-local-government");
        for (int tambon : PILOT_TAMBONS) {
            Reply appointed = as(officer, HttpMethod.POST, "/api/tambon-centres/" + centre(tambon) + "/committee",
                    json("{'members':[{'name':'นายสมชาย ใจดี','role':'CHAIR','labourVolunteer':true},"
                            + "{'name':'นางสมศรี รักถิ่น','role':'MEMBER','localGovernmentRepresentative':true,"
                            + "'organisation':'อบต.'}],'appointedOn':'2020-11-20'}"));
            assertThat(appointed.status()).as("%s: %s", tambon, appointed.body()).isEqualTo(201);
        }

        // When each centre imports its survey: 160 rows, two of them with a mistyped national id; the second
        // centre's file also holds a person the first centre registered
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < PILOT_TAMBONS.size(); i++) {
            files.add(survey(i, i == 1 ? SurveyFiles.nationalId(seed(0, 0)) : null));
        }
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < PILOT_TAMBONS.size(); i++) {
            Reply uploaded = upload(centre(PILOT_TAMBONS.get(i)), files.get(i), officer);
            assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(202);
            jobs.add(uploaded.headers().getFirst(HttpHeaders.LOCATION));
        }
        long registered = 0;
        for (int i = 0; i < jobs.size(); i++) {
            JsonNode done = awaitDone(jobs.get(i), officer);
            assertThat(done.get("rejected").asLong()).as("job %s", i).isEqualTo(BAD_ROWS_PER_FILE);
            assertThat(done.get("alreadyRegistered").asLong()).as("job %s", i).isEqualTo(i == 1 ? 1 : 0);
            registered += done.get("registered").asLong();
        }
        int goodRowsPerFile = ROWS_PER_FILE - BAD_ROWS_PER_FILE;
        assertThat(registered).isEqualTo(19L * goodRowsPerFile - 1);
        String secondReport = errorsCsv(jobs.get(1), officer);
        assertThat(secondReport).contains(",nationalId,national-id-registered,").contains(centre(840102))
                .as("the report names the rule and the centre, never the person")
                .doesNotContain(SurveyFiles.nationalId(seed(0, 0)));

        // and the first centre's file is uploaded again: nothing new
        JsonNode repeated = awaitDone(upload(centre(840102), files.get(0), officer).headers()
                .getFirst(HttpHeaders.LOCATION), officer);
        assertThat(repeated.get("registered").asLong()).isZero();
        assertThat(repeated.get("alreadyRegistered").asLong()).isEqualTo(goodRowsPerFile);

        // Nang Boonruean registers over HTTP at the first centre; the same person again at another is refused
        String boonruean = register(officer, centre(840102), 840102);
        Reply again = as(officer, HttpMethod.POST, "/api/tambon-centres/" + centre(840202) + "/workers",
                registration(840202));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("national-id-registered");
        assertThat(again.body().get("centreId").asText()).isEqualTo(centre(840102));
        assertThat(again.body().toString()).doesNotContain(BOONRUEAN_NAME).doesNotContain(BOONRUEAN_ID);
        long inFirstTambon = goodRowsPerFile + 1;

        // Services: 48 of the first tambon's 159 workers (30.2%), one of them twice; 20 of the second's 157
        List<String> firstTambon = workersOf(centre(840102), officer, inFirstTambon);
        assertThat(firstTambon).hasSize((int) inFirstTambon).contains(boonruean);
        List<String> served = new ArrayList<>(firstTambon.stream().filter(w -> !w.equals(boonruean)).limit(47)
                .toList());
        served.add(boonruean);
        served.forEach(worker -> serve(officer, worker));
        serve(officer, served.get(0));
        workersOf(centre(840202), officer, goodRowsPerFile - 1).stream().limit(20).forEach(worker -> serve(officer, worker));

        // Then the statistics and the pilot target
        long total = 19L * goodRowsPerFile;
        JsonNode province = awaitGet("/api/register/statistics/provinces/84",
                s -> s.get("registeredWorkers").asLong() == total && s.get("servicesDelivered").asLong() == 69);
        assertThat(province.get("servedWorkers").asLong()).isEqualTo(68);
        JsonNode first = awaitGet("/api/register/statistics/subdistricts/840102",
                s -> s.get("servedWorkers").asLong() == 48);
        assertThat(first.get("registeredWorkers").asLong()).isEqualTo(inFirstTambon);
        assertThat(first.get("servedSharePercent").decimalValue()).isEqualByComparingTo("30.2");
        JsonNode targets = awaitGet("/api/pilot-programmes/" + PROGRAMME + "/targets",
                t -> t.get("tambonsMeetingTarget").asInt() == 1);
        assertThat(targets.get("pilotTambons").asInt()).isEqualTo(19);
        JsonNode firstPilot = tambon(targets, 840102);
        assertThat(firstPilot.get("met").asBoolean()).isTrue();
        assertThat(firstPilot.get("targetPercent").asInt()).isEqualTo(30);
        assertThat(firstPilot.get("servedSharePercent").decimalValue()).isEqualByComparingTo("30.2");
        JsonNode second = tambon(targets, 840202);
        assertThat(second.get("met").asBoolean()).isFalse();
        assertThat(second.get("servedSharePercent").decimalValue()).isEqualByComparingTo("12.7");

        // When Nang Boonruean withdraws her consent and her personal data is erased
        assertThat(awaitGet("/api/workers/" + boonruean, w -> w.get("services").asInt() == 1)
                .get("nationalId").asText()).isEqualTo("x-xxxx-xxxxx-xx-" + BOONRUEAN_ID.charAt(12));
        Reply erased = as(officer, HttpMethod.POST, "/api/workers/" + boonruean + "/erasure",
                json("{'ground':'CONSENT_WITHDRAWN','requestedOn':'2021-02-01','reference':'คำร้อง 7/2564'}"));
        assertThat(erased.status()).as("%s", erased.body()).isEqualTo(201);
        // (a second service to a served worker, recorded after the erasure: once the statistics show it, they
        // have folded the erasure too)
        serve(officer, served.get(1));

        // Then every count holds
        JsonNode after = awaitGet("/api/register/statistics/provinces/84",
                s -> s.get("servicesDelivered").asLong() == 70);
        assertSameCounts(after, province);

        // and her data is gone from the API, masked or not
        JsonNode detail = awaitGet("/api/workers/" + boonruean, w -> w.get("erased").asBoolean());
        assertThat(detail.get("nationalId").isNull()).isTrue();
        assertThat(detail.get("firstName").isNull()).isTrue();
        assertThat(detail.get("phone").isNull()).isTrue();
        Reply unmasked = as(inspector, HttpMethod.GET, "/api/workers/" + boonruean + "/personal-data", null,
                Map.of("X-Access-Reason", "checking that erasure request 7/2564 was carried out"));
        assertThat(unmasked.status()).isEqualTo(200);
        assertThat(unmasked.body().get("erased").asBoolean()).isTrue();
        assertThat(unmasked.body().toString()).doesNotContain(BOONRUEAN_NAME).doesNotContain(BOONRUEAN_ID);

        // from the event payloads and every read table
        List<byte[]> payloads = jdbc.queryForList("select payload from domainevententry where aggregateidentifier"
                + " = ?", byte[].class, boonruean);
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(3);
        for (byte[] payload : payloads) {
            assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain(BOONRUEAN_ID)
                    .doesNotContain(BOONRUEAN_NAME).doesNotContain(BOONRUEAN_SURNAME).doesNotContain(BOONRUEAN_PHONE);
        }
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema"
                + " = current_schema() and table_type = 'BASE TABLE'", String.class)) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ? or t::text"
                    + " like ? or t::text like ?", Long.class, "%" + BOONRUEAN_ID + "%", "%" + BOONRUEAN_NAME + "%",
                    "%" + BOONRUEAN_PHONE + "%")).as("table %s", table).isZero();
        }

        // and from a replay of her events, which the statistics' own replay counts exactly as before
        assertThat(eventStore.readEvents(boonruean).asStream().map(DomainEventMessage::getPayload)
                .filter(WorkerRegistered.class::isInstance).map(e -> ((WorkerRegistered) e).personalData()))
                .singleElement().satisfies(data -> assertThat(data.isErased()).isTrue())
                .isEqualTo(PersonalData.ERASED);
        assertThat(post("/api/admin/projections/register-statistics/replay", "{}").status()).isEqualTo(202);
        assertThat(post("/api/admin/projections/registered-workers/replay", "{}").status()).isEqualTo(202);
        awaitRebuilt(java.util.List.of("register-statistics", "registered-workers"));
        assertSameCounts(awaitGet("/api/register/statistics/provinces/84", s -> s.equals(after)), province);
        assertThat(awaitGet("/api/workers/" + boonruean, w -> w.get("erased").asBoolean())
                .get("firstName").isNull()).isTrue();
    }

    private static void assertSameCounts(JsonNode after, JsonNode before) {
        for (String field : List.of("registeredWorkers", "servedWorkers", "servedSharePercent", "byOccupation",
                "byEducation", "bySex", "byAgeBand", "byNeed", "byProblem")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
    }

    private static String centre(int tambon) {
        return "centre-" + tambon + "-2564";
    }

    /** The seed of row {@code row} of centre {@code file}'s survey: national ids no other test generates. */
    private static long seed(int file, int row) {
        return 84_000_000L + file * 1_000L + row;
    }

    /**
     * Centre {@code file}'s survey: {@value #ROWS_PER_FILE} workers of its tambon registered on 1 December 2020,
     * rows 7 and 87 with a wrong check digit, and, if {@code elsewhere} is given, the last row is that person.
     */
    private static byte[] survey(int file, String elsewhere) {
        int tambon = PILOT_TAMBONS.get(file);
        StringBuilder text = new StringBuilder(SurveyFiles.HEADER).append('\n');
        for (int row = 0; row < ROWS_PER_FILE; row++) {
            String line = SurveyFiles.row(seed(file, row), tambon).replace(",2020-02-01,", ",2020-11-20,")
                    .replaceFirst(",2020-02-03$", ",2020-12-01");
            if (row % 80 == 7) {
                String id = line.substring(0, 13);
                line = id.substring(0, 12) + (char) ('0' + (id.charAt(12) - '0' + 1) % 10) + line.substring(13);
            }
            if (elsewhere != null && row == ROWS_PER_FILE - 1) {
                line = elsewhere + line.substring(13);
            }
            text.append(line).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String register(Login officer, String centreId, int tambon) {
        Reply registered = as(officer, HttpMethod.POST, "/api/tambon-centres/" + centreId + "/workers",
                registration(tambon));
        assertThat(registered.status()).as("%s", registered.body()).isEqualTo(201);
        return registered.body().get("workerId").asText();
    }

    private static String registration(int tambon) {
        return json("{'nationalId':'" + BOONRUEAN_ID + "','title':'MRS','firstName':'" + BOONRUEAN_NAME + "',"
                + "'lastName':'" + BOONRUEAN_SURNAME + "','dateOfBirth':'1970-03-08','address':{'houseNumber':'88/1',"
                + "'villageNumber':2,'subdistrictCode':" + tambon + "},'occupation':'FISHERY','education':'PRIMARY',"
                + "'phone':'" + BOONRUEAN_PHONE + "','problems':['LOW_INCOME'],'needs':['SOCIAL_SECURITY'],"
                + "'lawfulBasis':{'basis':'CONSENT','consentedOn':'2020-11-25','purpose':'ทะเบียนแรงงานนอกระบบ'},"
                + "'registeredOn':'2020-12-02'}");
    }

    private void serve(Login officer, String workerId) {
        Reply served = as(officer, HttpMethod.POST, "/api/workers/" + workerId + "/services",
                json("{'service':'SOCIAL_SECURITY_SECTION_40','agency':'SOCIAL_SECURITY_OFFICE',"
                        + "'deliveredOn':'2021-01-15'}"));
        assertThat(served.status()).as("%s", served.body()).isEqualTo(201);
    }

    /** Every worker of the centre's register, page by page, once its view has them all. */
    private List<String> workersOf(String centreId, Login officer, long expected) {
        List<String> workers = new ArrayList<>();
        String path = "/api/tambon-centres/" + centreId + "/workers";
        awaitGet(path + "?size=100", p -> p.get("totalWorkers").asLong() == expected);
        for (int page = 0; workers.size() < expected; page++) {
            JsonNode answer = as(officer, HttpMethod.GET, path + "?size=100&page=" + page, null).body();
            answer.get("workers").forEach(w -> workers.add(w.get("workerId").asText()));
        }
        return workers;
    }

    private static JsonNode tambon(JsonNode targets, int subdistrictCode) {
        for (JsonNode tambon : targets.get("tambons")) {
            if (tambon.get("subdistrictCode").asInt() == subdistrictCode) {
                return tambon;
            }
        }
        throw new AssertionError("no pilot tambon " + subdistrictCode + " in " + targets);
    }

    private Reply upload(String centreId, byte[] file, Login login) {
        return http.post().uri("/api/tambon-centres/" + centreId + "/worker-imports")
                .contentType(MediaType.parseMediaType("text/csv")).headers(login.basic()).body(file)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        JSON.readTree(response.getBody().readAllBytes())));
    }

    private String errorsCsv(String job, Login login) {
        return http.get().uri(job + "/errors").headers(login.basic()).header(HttpHeaders.ACCEPT, "text/csv")
                .exchange((request, response) -> new String(response.getBody().readAllBytes(),
                        StandardCharsets.UTF_8));
    }

    private JsonNode awaitDone(String job, Login login) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Reply status = as(login, HttpMethod.GET, job, null);
            assertThat(status.status()).as("%s", status.body()).isEqualTo(200);
            last[0] = status.body();
            assertThat(status.body().get("status").asText()).isNotEqualTo("FAILED");
            return status.body().get("status").asText().equals("DONE");
        });
        return last[0];
    }

    private Reply as(Login login, HttpMethod method, String path, String body) {
        return as(login, method, path, body, Map.of());
    }

    private Reply as(Login login, HttpMethod method, String path, String body, Map<String, String> headers) {
        Consumer<HttpHeaders> auth = login.basic().andThen(h -> headers.forEach(h::set));
        return exchange(method, path, body, auth);
    }
}
