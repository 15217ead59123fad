package th.go.mol.oneplan.app.fieldwork;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.trang.TrangDemo;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.common.Recording;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.RecordServiceDelivered;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Service;
import th.go.mol.oneplan.register.Title;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drive and the centres meet: Trang's drive played four years earlier (92-2558, no other test's) visits the
 * Kantang centre at a venue in Bang Mak and names a registered worker, an activity names her again, and the
 * register records a service to a second worker under the drive: the drive served 2 registered workers, and as of
 * a date between the visit and the service, 1. The register has no HTTP endpoint in this test's reach, so the
 * workers are registered and served through {@link LedgerCommands},
 * as an import job would.
 */
class WorkersServedIT extends LedgerIntegrationTest {
    private static final int YEARS = -4;
    private static final String DRIVE_ID = "92-2558";
    private static final String DRIVE = "/api/drives/" + DRIVE_ID;
    private static final String KANTANG_CENTRE = "centre-920201-2558";
    private static final String SOMSRI = "worker-92255800-0000-4000-8000-000000000001";
    private static final String SOMCHAI = "worker-92255800-0000-4000-8000-000000000002";
    private static final String NEVER_REGISTERED = "worker-92255800-0000-4000-8000-000000000099";
    private static final Instant SURVEYED_AT = Instant.parse("2015-01-20T03:00:00Z");

    @Autowired
    LedgerCommands ledger;

    @BeforeEach
    void givenTheDriveTheCentreAndTwoRegisteredWorkers() {
        if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                SOMCHAI) > 0) {
            return; // an earlier test of this class set the scene (asked of the event store: views may lag)
        }
        // Trang's One Plan, approved on 2015-01-15
        JsonNode demo = TrangDemo.requests();
        for (int step : new int[]{0, 5, 7, 8, 9}) {
            JsonNode request = TrangDemo.movedBy(demo.get(step), YEARS);
            Answer answer = post(request.get("path").asText(), request.get("body").toString());
            assertThat(answer.status()).as("step %s: %s", step, answer.body()).isEqualTo(201);
        }
        // Trang's pilot programme of FY 2558 and the Kantang centre (920201)
        Answer programme = post("/api/pilot-programmes", json("{'provinceCode':92,'fiscalYear':2558,"
                + "'name':'โครงการนำร่องจัดตั้งศูนย์ฯ ระดับตำบล จังหวัดตรัง','declaredOn':'2014-11-01'}"));
        assertThat(programme.status()).as("%s", programme.body()).isEqualTo(201);
        Answer centre = post("/api/tambon-centres", json("{'subdistrictCode':920201,'venue':{'kind':'VILLAGE_HALL',"
                + "'name':'ศาลาประชาคมตำบลกันตัง'},'establishedOn':'2014-11-15','pilot':true,"
                + "'programmeId':'pilot-92-2558'}"));
        assertThat(centre.status()).as("%s", centre.body()).isEqualTo(201);
        // Two informal workers of Kantang in the centre's register
        CommandContext survey = CommandContext.by("survey-import@test", SURVEYED_AT);
        ledger.send(SOMSRI, survey, recording -> register(SOMSRI, "3920200001589", "สมศรี", recording));
        ledger.send(SOMCHAI, survey, recording -> register(SOMCHAI, "3920200002585", "สมชาย", recording));
    }

    @Test
    void a_worker_counts_once_per_drive_however_many_visits_activities_and_services_reached_them() {
        // When a visit to the Kantang centre, at a venue in Bang Mak, serves the first worker (listed twice)
        Answer visit = post(DRIVE + "/field-visits", json("{'visitDate':'2015-03-28','siteSubdistrictCode':920203,"
                + "'venue':'ศาลาประชาคมหมู่ 4 ตำบลบางหมาก','peopleReached':35,'planProjectCode':'P8',"
                + "'centreId':'" + KANTANG_CENTRE + "','workerIds':['" + SOMSRI + "','" + SOMSRI + "']}"));
        // and an activity serves the first again
        Answer activity = post(DRIVE + "/activities", json("{'activityDate':'2015-04-24','siteSubdistrictCode':920201,"
                + "'participants':20,'amountSpent':0,'agency':'EMPLOYMENT_OFFICE','planProjectCode':'P1',"
                + "'description':'แนะแนวอาชีพ','workerIds':['" + SOMSRI + "']}"));
        // and the register records a service to the second as part of the drive's project P1
        ledger.send(SOMCHAI, CommandContext.by("officer@trang", Instant.parse("2015-05-21T03:00:00Z")),
                recording -> new RecordServiceDelivered(SOMCHAI, Service.JOB_PLACEMENT, Agency.EMPLOYMENT_OFFICE,
                        null, LocalDate.of(2015, 5, 21), DRIVE_ID, "P1", recording));

        // Then the drive served 2 registered workers (each counted once), and lists those of each visit and activity
        assertThat(visit.status()).as("%s", visit.body()).isEqualTo(201);
        assertThat(activity.status()).as("%s", activity.body()).isEqualTo(201);
        JsonNode drive = awaitGet(DRIVE, d -> d.path("registeredWorkersServed").asLong() == 2
                && d.path("activities").size() == 1);
        JsonNode logged = java.util.stream.StreamSupport.stream(drive.get("fieldVisits").spliterator(), false)
                .filter(v -> v.path("centreId").asText().equals(KANTANG_CENTRE)).findFirst().orElseThrow();
        assertThat(logged.get("centreId").asText()).isEqualTo(KANTANG_CENTRE);
        assertThat(logged.get("siteSubdistrictCode").asInt()).isEqualTo(920203);
        assertThat(texts(logged.get("workerIds"))).containsExactly(SOMSRI);
        assertThat(texts(drive.get("activities").get(0).get("workerIds"))).containsExactly(SOMSRI);
        awaitGet(DRIVE + "/budget", b -> b.path("totals").path("registeredWorkersServed").asLong() == 2);
        assertThat(jdbc.queryForObject("select count(*) from drive_worker_served where drive_id = ?", Long.class,
                DRIVE_ID)).isEqualTo(2);

        // and, read as of a business date, only the workers served by then count: none before the visit, the
        // first once the visit and the activity had served her, the second once the register's service reached him
        assertThat(served(DRIVE + "?asOf=2015-03-27")).isZero();
        assertThat(served(DRIVE + "?asOf=2015-05-20")).isEqualTo(1);
        assertThat(served(DRIVE + "?asOf=2015-05-21")).isEqualTo(2);
        assertThat(get(DRIVE + "/budget?asOf=2015-05-20").body().path("totals").path("registeredWorkersServed")
                .asLong()).isEqualTo(1);
    }

    private long served(String path) {
        Answer answer = get(path);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return answer.body().path("registeredWorkersServed").asLong(-1);
    }

    @Test
    void a_worker_never_registered_is_refused_naming_its_place_in_the_list_and_nothing_is_recorded() {
        long events = eventsInStore();

        Answer answer = post(DRIVE + "/activities", json("{'activityDate':'2015-04-25','siteSubdistrictCode':920201,"
                + "'participants':3,'amountSpent':0,'agency':'EMPLOYMENT_OFFICE','planProjectCode':'P1',"
                + "'description':'แนะแนวอาชีพ','workerIds':['" + SOMSRI + "','" + NEVER_REGISTERED + "']}"));

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(409);
        assertThat(answer.body().get("rule").asText()).isEqualTo("unknown-worker");
        assertThat(answer.body().get("field").asText()).isEqualTo("workerIds[1]");
        assertThat(eventsInStore()).isEqualTo(events);
    }

    @Test
    void a_worker_id_that_is_not_worker_and_a_uuid_is_a_400_naming_it() {
        long events = eventsInStore();

        Answer answer = post(DRIVE + "/field-visits", json("{'visitDate':'2015-03-29','siteSubdistrictCode':920201,"
                + "'venue':'ศูนย์ฯ','peopleReached':1,'planProjectCode':'P8','workerIds':['3920200001589']}"));

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("workerIds[0]");
        assertThat(answer.body().get("errors").get(0).get("rule").asText()).isEqualTo("worker-id-format");
        assertThat(eventsInStore()).isEqualTo(events);
    }

    @Test
    void a_centre_never_established_is_a_409_and_one_of_another_province_a_400() {
        Answer unknown = post(DRIVE + "/field-visits", json("{'visitDate':'2015-03-29','siteSubdistrictCode':920201,"
                + "'venue':'ศูนย์ฯ','peopleReached':1,'planProjectCode':'P8','centreId':'centre-920203-2558'}"));
        Answer elsewhere = post(DRIVE + "/field-visits", json("{'visitDate':'2015-03-29','siteSubdistrictCode':920201,"
                + "'venue':'ศูนย์ฯ','peopleReached':1,'planProjectCode':'P8','centreId':'centre-840101-2563'}"));

        assertThat(unknown.status()).as("%s", unknown.body()).isEqualTo(409);
        assertThat(unknown.body().get("rule").asText()).isEqualTo("unknown-centre");
        assertThat(unknown.body().get("field").asText()).isEqualTo("centreId");
        assertThat(elsewhere.status()).as("%s", elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.body().get("errors").get(0).get("rule").asText()).isEqualTo("centre-in-province");
    }

    @Test
    void the_workers_of_a_visit_are_not_corrected() {
        Answer visit = post(DRIVE + "/field-visits", json("{'visitDate':'2015-03-30','siteSubdistrictCode':920201,"
                + "'venue':'ศูนย์ฯ','peopleReached':1,'planProjectCode':'P8','workerIds':['" + SOMSRI + "']}"));
        assertThat(visit.status()).as("%s", visit.body()).isEqualTo(201);

        Answer correction = post(DRIVE + "/corrections", json("{'correctsEventId':'" + visit.body().get("eventId")
                .asText() + "','whatWasWrong':'another worker','corrections':[{'field':'workerIds','correctedValue':'"
                + SOMCHAI + "'}],'correctedOn':'2015-04-01'}"));

        assertThat(correction.status()).as("%s", correction.body()).isEqualTo(400);
        assertThat(correction.body().get("errors").get(0).get("rule").asText()).isEqualTo("not-correctable");
    }

    private static RegisterWorker register(String workerId, String nationalId, String firstName, Recording recording) {
        return new RegisterWorker(workerId, NationalId.parse(nationalId, "nationalId"), Title.MR, firstName, "ใจดี",
                LocalDate.of(1970, 6, 1), new Address("7", 4, 920201), OccupationGroup.FISHERY, Education.PRIMARY,
                null, List.of(), List.of(), LawfulBasis.publicTask(), KANTANG_CENTRE, LocalDate.of(2015, 1, 20),
                recording);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
