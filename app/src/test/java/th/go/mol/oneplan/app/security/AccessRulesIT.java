package th.go.mol.oneplan.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role on every kind of endpoint, through HTTP: what each may do, and a 403 problem that changes nothing
 * for everything else (docs/security.md, "Roles and scopes"). Chiang Mai (50) and Chiang Rai (57), FY 2564-2565.
 */
class AccessRulesIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/50-2564";
    private static final AtomicInteger MEETING = new AtomicInteger();

    private Login officer;
    private Login otherOfficer;
    private Login centreStaff;
    private Login inspector;
    private Login ministry;

    @BeforeEach
    void chiangMaiHasADriveAndEveryRoleHasAUser() {
        officer = userWith("officer@chiangmai", Role.PROVINCIAL_OFFICER, 50, null);
        otherOfficer = userWith("officer@chiangrai", Role.PROVINCIAL_OFFICER, 57, null);
        centreStaff = userWith("staff@suthep", Role.CENTRE_STAFF, null, 500101);
        inspector = userWith("inspector@access", Role.INSPECTOR, null, null);
        ministry = userWith("ministry@access", Role.MINISTRY_ADMIN, null, null);
        Reply started = exchange(HttpMethod.POST, "/api/drives", start(50, 2564, "2020-10-15"), officer.basic());
        assertThat(started.status()).as("%s", started.body()).isIn(201, 409);
    }

    @Test
    void only_the_officer_of_a_province_starts_its_drive() {
        String chiangRai2565 = start(57, 2565, "2021-10-15");
        for (Login other : List.of(officer, centreStaff, inspector, ministry)) {
            assertRefused(HttpMethod.POST, "/api/drives", chiangRai2565, other);
        }
        Reply refused = exchange(HttpMethod.POST, "/api/drives", chiangRai2565, officer.basic());
        assertThat(refused.body().get("rule").asText()).isEqualTo("outside-scope");
        assertThat(refused.body().get("detail").asText()).contains("province 57").contains("you record for province 50");

        assertThat(exchange(HttpMethod.POST, "/api/drives", chiangRai2565, otherOfficer.basic()).status()).isEqualTo(201);
    }

    @Test
    void only_the_officer_of_the_drives_province_records_on_it() {
        for (Login other : List.of(otherOfficer, centreStaff, inspector, ministry)) {
            assertRefused(HttpMethod.POST, DRIVE + "/meetings", meeting(), other);
            assertRefused(HttpMethod.POST, DRIVE + "/monthly-reports", "{}", other);
            assertRefused(HttpMethod.POST, DRIVE + "/corrections", "{}", other);
        }
        Reply recorded = exchange(HttpMethod.POST, DRIVE + "/meetings", meeting(), officer.basic());
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
    }

    @Test
    void only_the_officers_of_the_province_and_the_ministry_record_pilot_programmes() {
        String chiangRai2565 = declare(57, 2565, "2021-11-01");
        for (Login other : List.of(officer, centreStaff, inspector)) {
            assertRefused(HttpMethod.POST, "/api/pilot-programmes", chiangRai2565, other);
        }
        Reply refused = exchange(HttpMethod.POST, "/api/pilot-programmes", chiangRai2565, officer.basic());
        assertThat(refused.body().get("rule").asText()).isEqualTo("outside-scope");
        assertThat(refused.body().get("detail").asText()).contains("province 57").contains("you record for province 50");
        assertThat(exchange(HttpMethod.POST, "/api/pilot-programmes", chiangRai2565, otherOfficer.basic()).status())
                .isEqualTo(201);

        Reply declared = exchange(HttpMethod.POST, "/api/pilot-programmes", declare(50, 2564, "2020-11-01"),
                ministry.basic());
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        String pilots = "/api/pilot-programmes/pilot-50-2564/pilot-centres";
        for (Login other : List.of(otherOfficer, centreStaff, inspector)) {
            assertRefused(HttpMethod.POST, pilots, designate(500101), other);
        }
        assertThat(exchange(HttpMethod.POST, pilots, designate(500101), officer.basic()).status()).isEqualTo(201);
        assertThat(exchange(HttpMethod.POST, pilots, designate(500203), ministry.basic()).status()).isEqualTo(201);
    }

    @Test
    void a_centre_is_established_by_its_provinces_officer_and_its_committee_also_kept_by_its_own_staff() {
        String centre = "/api/tambon-centres/centre-500108-2564";
        for (Login other : List.of(otherOfficer, centreStaff, inspector)) {
            assertRefused(HttpMethod.POST, "/api/tambon-centres", establish(500108), other);
        }
        Reply established = exchange(HttpMethod.POST, "/api/tambon-centres", establish(500108), officer.basic());
        assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        assertThat(established.headers().getLocation()).hasToString(centre);

        Login staffElsewhere = userWith("staff@phrasing", Role.CENTRE_STAFF, null, 500102);
        Login suThepStaff = userWith("staff@suthep-centre", Role.CENTRE_STAFF, null, 500108);
        for (Login other : List.of(otherOfficer, staffElsewhere, inspector)) {
            assertRefused(HttpMethod.POST, centre + "/committee", committee(), other);
        }
        Reply appointed = exchange(HttpMethod.POST, centre + "/committee", committee(), suThepStaff.basic());
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(201);
        String amendment = json("{'membersAdded':[{'name':'Member Two','role':'MEMBER'}],'reason':'more hands',"
                + "'amendedOn':'2020-12-15'}");
        assertRefused(HttpMethod.POST, centre + "/committee/amendments", amendment, staffElsewhere);
        assertThat(exchange(HttpMethod.POST, centre + "/committee/amendments", amendment, suThepStaff.basic())
                .status()).isEqualTo(201);

        for (Login other : List.of(otherOfficer, suThepStaff, inspector)) {
            assertRefused(HttpMethod.POST, centre + "/mentors", mentor("Mentor One"), other);
        }
        assertThat(exchange(HttpMethod.POST, centre + "/mentors", mentor("Mentor One"), officer.basic()).status())
                .isEqualTo(201);
        assertThat(exchange(HttpMethod.POST, centre + "/mentors", mentor("Mentor Two"), ministry.basic()).status())
                .isEqualTo(201);
    }

    @Test
    void a_centres_plans_follow_ups_and_grievances_are_also_its_own_staffs_work_its_evaluation_the_provinces() {
        String centre = "/api/tambon-centres/centre-500109-2564";
        assertThat(exchange(HttpMethod.POST, "/api/tambon-centres", establish(500109), officer.basic()).status())
                .isEqualTo(201);
        assertThat(exchange(HttpMethod.POST, centre + "/committee", committee(), officer.basic()).status())
                .isEqualTo(201);
        Login staffElsewhere = userWith("staff@phrasing-work", Role.CENTRE_STAFF, null, 500102);
        Login ownStaff = userWith("staff@centre-500109", Role.CENTRE_STAFF, null, 500109);
        String worker = registeredWorker("worker-50010900-0000-4000-8000-000000000001", "centre-500109-2564",
                500109, 97_050_109L, "2020-12-10");
        String plan = json("{'fiscalYear':2564,'items':[{'category':'OCCUPATION_AND_INCOME','description':'Weaving',"
                + "'amount':15000,'source':'LOCAL_GOVERNMENT'}],'submittedOn':'2020-12-20'}");
        String funding = json("{'decisions':[{'itemNumber':1,'outcome':'GRANTED','grantedAmount':15000}],"
                + "'decidedOn':'2021-01-15'}");
        String followUp = json("{'stage':'PLAN','followedUpOn':'2021-01-20','findings':'Plan agreed'}");
        String grievance = json("{'workerId':'" + worker + "','topic':'WORK_AND_INCOME',"
                + "'channel':'PHONE','receivedOn':'2021-01-21'}");
        String resolution = json("{'resolution':'Referred to the employment office','resolvedOn':'2021-01-25'}");
        String evaluation = json("{'fiscalYear':2564,'summary':'Done','lessonsLearned':'Start early',"
                + "'evaluatedOn':'2021-09-20'}");

        for (Login other : List.of(otherOfficer, staffElsewhere, inspector)) {
            assertRefused(HttpMethod.POST, centre + "/quality-of-life-plans", plan, other);
            assertRefused(HttpMethod.POST, centre + "/follow-ups", followUp, other);
            assertRefused(HttpMethod.POST, centre + "/grievances", grievance, other);
        }
        assertThat(exchange(HttpMethod.POST, centre + "/quality-of-life-plans", plan, ownStaff.basic()).status())
                .isEqualTo(201);
        assertRefused(HttpMethod.POST, centre + "/quality-of-life-plans/plan-1/funding", funding, staffElsewhere);
        assertThat(exchange(HttpMethod.POST, centre + "/quality-of-life-plans/plan-1/funding", funding,
                ownStaff.basic()).status()).isEqualTo(201);
        assertThat(exchange(HttpMethod.POST, centre + "/follow-ups", followUp, ownStaff.basic()).status())
                .isEqualTo(201);
        Reply received = exchange(HttpMethod.POST, centre + "/grievances", grievance, officer.basic());
        assertThat(received.status()).as("%s", received.body()).isEqualTo(201);
        String resolve = centre + "/grievances/" + received.body().get("grievanceId").asText() + "/resolution";
        assertRefused(HttpMethod.POST, resolve, resolution, staffElsewhere);
        assertThat(exchange(HttpMethod.POST, resolve, resolution, ownStaff.basic()).status()).isEqualTo(201);

        for (Login other : List.of(otherOfficer, ownStaff, inspector)) {
            assertRefused(HttpMethod.POST, centre + "/yearly-evaluations", evaluation, other);
        }
        assertThat(exchange(HttpMethod.POST, centre + "/yearly-evaluations", evaluation, ministry.basic()).status())
                .isEqualTo(201);
    }

    @Test
    void centres_are_read_by_their_provinces_officers_and_staff_their_own_centre_by_its_staff_and_all_by_inspectors() {
        Login chiangRaiStaff = userWith("staff@chiangrai-reader", Role.CENTRE_STAFF, null, 570101);
        Login suThepStaff = userWith("staff@suthep-centre", Role.CENTRE_STAFF, null, 500108);
        String programme = "/api/pilot-programmes/pilot-50-2564";
        String centre = "/api/tambon-centres/centre-500108-2564";
        String list = "/api/tambon-centres?provinceCode=50";

        for (Login other : List.of(otherOfficer, chiangRaiStaff)) {
            assertRefused(HttpMethod.GET, programme, null, other);
            assertRefused(HttpMethod.GET, list, null, other);
        }
        for (Login other : List.of(otherOfficer, chiangRaiStaff, centreStaff)) {
            assertRefused(HttpMethod.GET, centre, null, other);
        }
        Reply refused = exchange(HttpMethod.GET, centre, null, centreStaff.basic());
        assertThat(refused.body().get("detail").asText()).contains("subdistrict 500108")
                .contains("you work for subdistrict 500101");
        assertThat(exchange(HttpMethod.GET, "/api/tambon-centres?provinceCode=57", null, officer.basic()).status())
                .isEqualTo(403);

        // Allowed callers get the read (or 404 when this class has not recorded it yet): never a refusal.
        for (Login allowed : List.of(officer, centreStaff, inspector, ministry)) {
            assertThat(exchange(HttpMethod.GET, programme, null, allowed.basic()).status()).isIn(200, 404);
            assertThat(exchange(HttpMethod.GET, list, null, allowed.basic()).status()).isEqualTo(200);
        }
        for (Login allowed : List.of(officer, suThepStaff, inspector, ministry)) {
            assertThat(exchange(HttpMethod.GET, centre, null, allowed.basic()).status()).isIn(200, 404);
        }
        // A malformed province is the endpoint's 400, for anyone.
        assertThat(exchange(HttpMethod.GET, "/api/tambon-centres?provinceCode=5x", null, otherOfficer.basic())
                .status()).isEqualTo(400);
    }

    @Test
    void a_centre_id_without_a_subdistrict_is_a_400_naming_the_path_parameter() {
        Reply reply = exchange(HttpMethod.POST, "/api/tambon-centres/centre-somewhere/mentors", mentor("M"),
                officer.basic());
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("centreId");
        assertThat(exchange(HttpMethod.POST, "/api/tambon-centres/centre-somewhere/mentors", mentor("M"),
                inspector.basic()).status()).isEqualTo(403);
    }

    @Test
    void only_an_inspector_records_an_inspection_in_any_province() {
        String inspection = json("{'inspector':'MOL inspector','inspectionDate':'2020-11-20','findings':'on track',"
                + "'recommendations':['narrow the plan']}");
        for (Login other : List.of(officer, otherOfficer, centreStaff, ministry)) {
            assertRefused(HttpMethod.POST, DRIVE + "/inspections", inspection, other);
        }
        Reply recorded = exchange(HttpMethod.POST, DRIVE + "/inspections", inspection, inspector.basic());
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
    }

    @Test
    void a_drive_is_read_by_its_provinces_officer_inspectors_and_the_ministry_only() {
        awaitGet(DRIVE, d -> d.path("driveId").asText().equals("50-2564"));
        // Each view has its own projection: wait until every one has the drive before asking who may read it.
        awaitGet(DRIVE + "/kpi", kpi -> true);
        awaitGet(DRIVE + "/audit", audit -> true);
        for (String path : List.of(DRIVE, DRIVE + "/kpi", DRIVE + "/audit")) {
            for (Login allowed : List.of(officer, inspector, ministry)) {
                assertThat(exchange(HttpMethod.GET, path, null, allowed.basic()).status())
                        .as("GET %s as %s", path, allowed.username()).isEqualTo(200);
            }
            for (Login other : List.of(otherOfficer, centreStaff)) {
                assertRefused(HttpMethod.GET, path, null, other);
            }
        }
        assertThat(exchange(HttpMethod.HEAD, DRIVE, null, otherOfficer.basic()).status()).isEqualTo(403);
    }

    @Test
    void every_role_reads_the_national_lists() {
        for (Login anyone : List.of(officer, otherOfficer, centreStaff, inspector, ministry)) {
            assertThat(exchange(HttpMethod.GET, "/api/drives?fiscalYear=2564", null, anyone.basic()).status())
                    .as(anyone.username()).isEqualTo(200);
            assertThat(exchange(HttpMethod.GET, "/api/kpi/rollup?fiscalYear=2564", null, anyone.basic()).status())
                    .as(anyone.username()).isEqualTo(200);
            assertThat(exchange(HttpMethod.GET, "/api/me", null, anyone.basic()).body().get("username").asText())
                    .isEqualTo(anyone.username());
        }
    }

    @Test
    void only_the_ministry_administers() {
        for (String path : List.of("/api/admin/projections", "/api/admin/users", "/api/admin/personal-data-access")) {
            assertThat(exchange(HttpMethod.GET, path, null, ministry.basic()).status()).as(path).isEqualTo(200);
            for (Login other : List.of(officer, centreStaff, inspector)) {
                assertRefused(HttpMethod.GET, path, null, other);
            }
        }
        for (Login other : List.of(officer, centreStaff, inspector)) {
            assertRefused(HttpMethod.POST, "/api/admin/projections/drive-kpi/replay", "{}", other);
            assertRefused(HttpMethod.POST, "/api/admin/projections/drive-kpi/rebuild", "{}", other);
            assertRefused(HttpMethod.POST, "/api/admin/projections/rebuild", "{}", other);
            assertRefused(HttpMethod.POST, "/api/admin/users", json("{'username':'intruder','password':"
                    + "'long-enough-password','role':'MINISTRY_ADMIN'}"), other);
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'intruder'", Long.class)).isZero();
        assertThat(exchange(HttpMethod.POST, "/api/admin/projections/no-such-group/replay", "{}", ministry.basic())
                .status()).isEqualTo(404);
    }

    @Test
    void without_credentials_only_the_public_paths_answer() {
        for (String path : List.of("/api/drives?fiscalYear=2564", DRIVE, DRIVE + "/kpi", "/api/kpi/rollup?fiscalYear=2564",
                "/api/me", "/api/admin/users", "/api/admin/projections", "/api/no-such-thing")) {
            Reply reply = exchange(HttpMethod.GET, path, null, h -> { });
            assertUnauthenticated(reply, "this request needs credentials");
        }
        long before = eventsInStore();
        assertUnauthenticated(exchange(HttpMethod.POST, DRIVE + "/meetings", meeting(), h -> { }),
                "this request needs credentials");
        assertUnauthenticated(exchange(HttpMethod.POST, "/api/drives", start(57, 2566, "2022-10-15"), h -> { }),
                "this request needs credentials");
        assertThat(eventsInStore()).isEqualTo(before);

        assertThat(exchange(HttpMethod.GET, "/actuator/health", null, h -> { }).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/v3/api-docs", null, h -> { }).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/swagger-ui/index.html", null, h -> { }).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/swagger-ui.html", null, h -> { }).status()).isNotEqualTo(401);
    }

    @Test
    void health_is_for_everyone_and_the_rest_of_the_actuator_for_the_ministry_only() {
        assertThat(exchange(HttpMethod.GET, "/actuator/health", null, h -> { }).status()).isEqualTo(200);
        for (Login anyone : List.of(officer, centreStaff, inspector, ministry)) {
            assertThat(exchange(HttpMethod.GET, "/actuator/health", null, anyone.basic()).status())
                    .as("health as %s", anyone.username()).isEqualTo(200);
        }
        for (String path : List.of("/actuator", "/actuator/info", "/actuator/no-such-endpoint")) {
            assertUnauthenticated(exchange(HttpMethod.GET, path, null, h -> { }), "this request needs credentials");
            for (Login other : List.of(officer, centreStaff, inspector)) {
                assertRefused(HttpMethod.GET, path, null, other);
            }
        }

        Reply discovery = exchange(HttpMethod.GET, "/actuator", null, ministry.basic());
        assertThat(discovery.status()).as("%s", discovery.body()).isEqualTo(200);
        assertThat(discovery.body().get("_links").has("health")).isTrue();
        assertThat(exchange(HttpMethod.GET, "/actuator/info", null, ministry.basic()).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_an_unknown_user_and_a_disabled_user_get_the_same_401() {
        Login disabled = userWith("leaver@chiangmai", Role.PROVINCIAL_OFFICER, 50, null);
        assertThat(exchange(HttpMethod.GET, "/api/me", null, disabled.basic()).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.PUT, "/api/admin/users/leaver@chiangmai", json("{'role':'PROVINCIAL_OFFICER',"
                + "'provinceCode':50,'enabled':false}"), admin().basic()).status()).isEqualTo(200);

        long before = eventsInStore();
        for (Login wrong : List.of(new Login(officer.username(), "not-the-password"),
                new Login(officer.username(), "longer than bcrypt reads ".repeat(4)),
                new Login("nobody@nowhere", "whatever-password"), disabled)) {
            assertUnauthenticated(exchange(HttpMethod.GET, "/api/me", null, wrong.basic()),
                    "the credentials sent were not accepted");
            assertUnauthenticated(exchange(HttpMethod.POST, DRIVE + "/meetings", meeting(), wrong.basic()),
                    "the credentials sent were not accepted");
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void a_malformed_drive_id_is_a_400_for_a_role_that_may_use_such_endpoints_and_a_403_for_others() {
        Reply malformed = exchange(HttpMethod.POST, "/api/drives/not-a-drive/meetings", meeting(), officer.basic());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").findValuesAsText("field")).contains("driveId");
        assertThat(exchange(HttpMethod.GET, "/api/drives/not-a-drive", null, officer.basic()).status()).isEqualTo(400);
        assertThat(exchange(HttpMethod.GET, "/api/drives/5-2564/kpi", null, officer.basic()).status()).isEqualTo(400);
        assertThat(exchange(HttpMethod.POST, "/api/drives/00-2564/meetings", meeting(), officer.basic()).status())
                .as("no province 00: no such drive for anyone").isEqualTo(404);
        assertRefused(HttpMethod.POST, "/api/drives/not-a-drive/meetings", meeting(), centreStaff);
        assertRefused(HttpMethod.POST, "/api/drives/not-a-drive/meetings", meeting(), inspector);
        assertThat(exchange(HttpMethod.POST, "/api/drives", json("{'provinceCode':99,'fiscalYear':2564,"
                + "'leadOfficer':{'name':'A','position':'B'},'leadAssignedOn':'2020-10-15'}"), officer.basic()).status())
                .as("no province 99: invalid for anyone").isEqualTo(400);
        assertThat(exchange(HttpMethod.POST, "/api/drives", json("{'provinceCode':'fifty'}"), officer.basic()).status())
                .isEqualTo(400);
    }

    @Test
    void an_unknown_path_is_a_404_for_any_role() {
        for (Login anyone : List.of(officer, centreStaff, inspector, ministry)) {
            assertThat(exchange(HttpMethod.GET, "/api/no-such-thing", null, anyone.basic()).status()).isEqualTo(404);
        }
    }

    @Test
    void the_recorder_of_an_event_is_the_authenticated_user_whatever_the_client_claims() {
        String number = (500 + MEETING.incrementAndGet()) + "/2564";
        Reply recorded = exchange(HttpMethod.POST, DRIVE + "/meetings", json("{'meetingNumber':'" + number + "',"
                + "'meetingType':'OTHER','meetingDate':'2020-11-01','chair':'C'}"), h -> {
            officer.basic().accept(h);
            h.set("X-Recorded-By", "somebody-else");
        });
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
        String eventId = recorded.body().get("eventId").asText();

        JsonNode audit = awaitGet(DRIVE + "/audit?size=200", a -> a.path("entries").findValuesAsText("eventId")
                .contains(eventId));
        for (JsonNode entry : audit.get("entries")) {
            if (entry.get("eventId").asText().equals(eventId)) {
                assertThat(entry.get("recordedBy").asText()).isEqualTo("officer@chiangmai");
            }
        }
    }

    /** 403, a forbidden problem naming the rule and saying why, and nothing appended. */
    private void assertRefused(HttpMethod method, String path, String body, Login who) {
        long before = eventsInStore();
        Reply reply = exchange(method, path, body, who.basic());
        assertThat(reply.status()).as("%s %s as %s: %s", method, path, who.username(), reply.body()).isEqualTo(403);
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = reply.body();
        assertThat(problem.get("type").asText()).isEqualTo("urn:oneplan:problem:forbidden");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("rule").asText()).isIn("outside-scope", "role-not-allowed");
        assertThat(problem.get("detail").asText()).contains("outside your scope");
        assertThat(problem.get("instance").asText()).isEqualTo(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        assertThat(eventsInStore()).isEqualTo(before);
    }

    private static void assertUnauthenticated(Reply reply, String detail) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(401);
        assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
        assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:oneplan:problem:unauthenticated");
        assertThat(reply.body().get("detail").asText()).startsWith(detail);
    }

    private static String start(int province, int fiscalYear, String assignedOn) {
        return json("{'provinceCode':" + province + ",'fiscalYear':" + fiscalYear + ",'leadOfficer':{'name':'Lead',"
                + "'position':'Provincial Labour head'},'leadAssignedOn':'" + assignedOn + "'}");
    }

    private static String declare(int province, int fiscalYear, String declaredOn) {
        return json("{'provinceCode':" + province + ",'fiscalYear':" + fiscalYear + ",'name':'Pilot centres',"
                + "'declaredOn':'" + declaredOn + "'}");
    }

    private static String designate(int subdistrict) {
        return json("{'centreId':'centre-" + subdistrict + "-2564','subdistrictCode':" + subdistrict + ","
                + "'designatedOn':'2020-11-15'}");
    }

    private static String establish(int subdistrict) {
        return json("{'subdistrictCode':" + subdistrict + ",'venue':{'kind':'VILLAGE_HALL','name':'Sala'},"
                + "'establishedOn':'2020-12-01','pilot':false,'programmeId':'pilot-50-2564'}");
    }

    private static String committee() {
        return json("{'members':[{'name':'Chair One','role':'CHAIR','labourVolunteer':true},"
                + "{'name':'Local Rep','role':'MEMBER','localGovernmentRepresentative':true,'organisation':'Tessaban'}],"
                + "'appointedOn':'2020-12-10'}");
    }

    private static String mentor(String name) {
        return json("{'mentorName':'" + name + "','agency':'Provincial Labour Office','assignedOn':'2020-12-20'}");
    }

    private static String meeting() {
        return json("{'meetingNumber':'" + MEETING.incrementAndGet() + "/2564','meetingType':'OTHER',"
                + "'meetingDate':'2020-11-01','chair':'Chair'}");
    }
}
