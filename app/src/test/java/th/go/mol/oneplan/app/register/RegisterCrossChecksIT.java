package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register's checks across aggregates over HTTP, in Nakhon Sawan (60), where no other test registers anyone:
 * the Pak Nam Pho centre (600101) established on 2013-06-01 with its committee, Klang Daet (600102) on 2013-09-01,
 * Kriang Krai (600103) on 2020-02-10 for an import. A registration or a move before the centre was established, a
 * grievance naming a worker never registered or erased, a service booked to a project the drive's plan in force
 * does not have: each a 409 naming the rule and the field, recording nothing. The drive is Trang's demo played
 * five years early (92-2557: plan version 1, projects P1-P9, approved at the meeting of 2014-01-15).
 */
class RegisterCrossChecksIT extends LedgerIntegrationTest {
    private static final String PAK_NAM_PHO = "centre-600101-2556";
    private static final String KLANG_DAET = "centre-600102-2556";
    private static final String KRIANG_KRAI = "centre-600103-2563";
    private static final String WORKER = "worker-60010100-0000-4000-8000-0000000000";

    @BeforeEach
    void nakhonSawansCentresAreEstablished() {
        if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                PAK_NAM_PHO) > 0) {
            return; // an earlier test of this class established them
        }
        establish(600101, "2013-06-01", "pilot-60-2556");
        establish(600102, "2013-09-01", "pilot-60-2556");
        establish(600103, "2020-02-10", "pilot-60-2563");
        Answer committee = post("/api/tambon-centres/" + PAK_NAM_PHO + "/committee", json("{'members':["
                + "{'name':'นายประธาน ศูนย์','role':'CHAIR','labourVolunteer':true},{'name':'นางผู้แทน ท้องถิ่น',"
                + "'role':'MEMBER','localGovernmentRepresentative':true,'organisation':'เทศบาลนครนครสวรรค์'}],"
                + "'appointedOn':'2013-07-01'}"));
        assertThat(committee.status()).as("%s", committee.body()).isEqualTo(201);
    }

    @Test
    void a_registration_or_a_move_before_the_centre_was_established_is_refused_naming_the_date() {
        long before = eventsInStore();
        Reply early = asAdmin("/api/tambon-centres/" + PAK_NAM_PHO + "/workers",
                registration(WORKER + "01", 97_060_001L, 600101, "2013-05-31"));
        assertRefused(early, "registration-before-centre", "registeredOn");
        assertThat(early.body().get("detail").asText()).contains("2013-06-01");
        assertThat(eventsInStore()).isEqualTo(before);

        // On the day the centre was established it registers
        String worker = registeredWorker(WORKER + "01", PAK_NAM_PHO, 600101, 97_060_001L, "2013-06-01");

        long registered = eventsInStore();
        String move = "{'address':{'houseNumber':'9','villageNumber':2,'subdistrictCode':600102},'centreId':'"
                + KLANG_DAET + "','movedOn':'%s'}";
        assertRefused(asAdmin("/api/workers/" + worker + "/moves", json(move.formatted("2013-08-31"))),
                "move-before-centre", "movedOn");
        assertThat(eventsInStore()).isEqualTo(registered);
        assertThat(asAdmin("/api/workers/" + worker + "/moves", json(move.formatted("2013-09-01"))).status())
                .isEqualTo(201);
    }

    @Test
    void a_grievance_names_a_registered_worker_whose_data_was_not_erased() {
        String grievances = "/api/tambon-centres/" + PAK_NAM_PHO + "/grievances";
        String somsri = registeredWorker(WORKER + "02", PAK_NAM_PHO, 600101, 97_060_002L, "2013-06-10");
        String erased = registeredWorker(WORKER + "03", PAK_NAM_PHO, 600101, 97_060_003L, "2013-06-10");
        Reply erasure = asAdmin("/api/workers/" + erased + "/erasure",
                json("{'ground':'CONSENT_WITHDRAWN','requestedOn':'2013-06-20','reference':'คำร้อง 1/2556'}"));
        assertThat(erasure.status()).as("%s", erasure.body()).isEqualTo(201);

        long before = eventsInStore();
        assertRefused(post(grievances, grievance(WORKER + "99")), "unknown-worker", "workerId");
        Answer gone = post(grievances, grievance(erased));
        assertRefused(gone, "personal-data-erased", "workerId");
        assertThat(gone.body().toString()).doesNotContain("สมศรี");
        Answer malformed = post(grievances, grievance("w-1"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("rule").asText()).isEqualTo("worker-id-format");
        assertThat(post("/api/tambon-centres/centre-600104-2556/grievances", grievance(WORKER + "99")).status())
                .as("a centre never established is not found, whoever the grievance names").isEqualTo(404);
        assertThat(eventsInStore()).isEqualTo(before);

        Answer received = post(grievances, grievance(somsri));
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
    }

    @Test
    void a_service_booked_to_a_drives_project_must_find_the_project_in_the_plan_in_force_that_day() {
        JsonNode demo = TrangDemo.requests();
        for (int step : new int[]{0, 5, 7, 8, 9}) {
            JsonNode request = TrangDemo.movedBy(demo.get(step), -5);
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        String worker = registeredWorker(WORKER + "04", PAK_NAM_PHO, 600101, 97_060_004L, "2013-12-01");
        String services = "/api/workers/" + worker + "/services";

        long before = eventsInStore();
        Reply neverPlanned = asAdmin(services, service("2014-02-13", "P10"));
        assertRefused(neverPlanned, "unknown-project", "projectCode");
        assertThat(neverPlanned.body().get("detail").asText()).contains("P10", "version 1", "P9");
        Reply beforeApproval = asAdmin(services, service("2014-01-14", "P1"));
        assertRefused(beforeApproval, "unknown-project", "projectCode");
        assertThat(beforeApproval.body().get("detail").asText()).contains("no approved One Plan");
        assertRefused(asAdmin(services, json("{'service':'SKILLS_TRAINING','agency':'SKILL_DEVELOPMENT_OFFICE',"
                + "'deliveredOn':'2014-02-13','driveId':'60-2557'}")), "unknown-drive", "driveId");
        assertThat(eventsInStore()).isEqualTo(before);

        assertThat(asAdmin(services, service("2014-02-13", "P2")).status()).isEqualTo(201);
        assertThat(asAdmin(services, service("2014-01-14", null)).status())
                .as("before the plan, the service is recorded under the drive alone").isEqualTo(201);
    }

    @Test
    void an_imported_row_registered_before_the_centre_was_established_is_reported_in_its_registeredOn_column() {
        Login officer = userWith("officer@nakhonsawan", Role.PROVINCIAL_OFFICER, 60, null);
        // Survey rows are registered on 2020-02-03, a week before Kriang Krai's centre; the second row is moved on.
        String file = SurveyFiles.HEADER + "\n" + SurveyFiles.row(97_060_100L, 600103) + "\n"
                + SurveyFiles.row(97_060_101L, 600103).replaceFirst(",2020-02-03$", ",2020-02-12") + "\n";
        Reply uploaded = http.post().uri("/api/tambon-centres/" + KRIANG_KRAI + "/worker-imports")
                .contentType(MediaType.parseMediaType("text/csv")).headers(officer.basic())
                .body(file.getBytes(StandardCharsets.UTF_8))
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        JSON.readTree(response.getBody().readAllBytes())));
        assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(202);
        String job = uploaded.headers().getFirst(HttpHeaders.LOCATION);

        JsonNode[] done = new JsonNode[1];
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
            done[0] = exchange(HttpMethod.GET, job, null, officer.basic()).body();
            return done[0].get("status").asText().equals("DONE");
        });
        assertThat(done[0].get("registered").asLong()).isEqualTo(1);
        assertThat(done[0].get("rejected").asLong()).isEqualTo(1);
        JsonNode error = exchange(HttpMethod.GET, job + "/errors", null, officer.basic()).body().get("errors").get(0);
        assertThat(error.get("line").asLong()).isEqualTo(2);
        assertThat(error.get("field").asText()).isEqualTo("registeredOn");
        assertThat(error.get("rule").asText()).isEqualTo("registration-before-centre");
    }

    private void establish(int subdistrict, String establishedOn, String programme) {
        Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + subdistrict + ","
                + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม'},'establishedOn':'" + establishedOn + "',"
                + "'pilot':false,'programmeId':'" + programme + "'}"));
        assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
    }

    private Reply asAdmin(String path, String body) {
        return exchange(HttpMethod.POST, path, body, admin().basic());
    }

    private static String registration(String workerId, long seed, int subdistrict, String registeredOn) {
        return json("{'workerId':'" + workerId + "','nationalId':'" + SurveyFiles.nationalId(seed) + "','title':'MR',"
                + "'firstName':'สมชาย','lastName':'ใจดี','dateOfBirth':'1970-01-01','address':{'houseNumber':'1',"
                + "'villageNumber':1,'subdistrictCode':" + subdistrict + "},'occupation':'CROP_FARMING',"
                + "'education':'PRIMARY','lawfulBasis':{'basis':'PUBLIC_TASK'},'registeredOn':'" + registeredOn + "'}");
    }

    private static String grievance(String workerId) {
        return json("{'workerId':'" + workerId + "','topic':'SOCIAL_SECURITY','channel':'IN_PERSON',"
                + "'receivedOn':'2013-07-05'}");
    }

    private static String service(String deliveredOn, String projectCode) {
        return json("{'service':'SKILLS_TRAINING','agency':'SKILL_DEVELOPMENT_OFFICE','deliveredOn':'" + deliveredOn
                + "','driveId':'92-2557'" + (projectCode == null ? "" : ",'projectCode':'" + projectCode + "'") + "}");
    }

    private static void assertRefused(Reply reply, String rule, String field) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(409);
        assertThat(reply.body().get("rule").asText()).isEqualTo(rule);
        assertThat(reply.body().get("field").asText()).isEqualTo(field);
    }

    private static void assertRefused(Answer answer, String rule, String field) {
        assertRefused(new Reply(answer.status(), new HttpHeaders(), answer.body()), rule, field);
    }
}
