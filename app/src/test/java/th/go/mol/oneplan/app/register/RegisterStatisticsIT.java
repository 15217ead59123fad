package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.command.sending.CommandContext;
import th.go.mol.oneplan.command.sending.LedgerCommands;
import th.go.mol.oneplan.query.statistics.RegisterStatisticsProjection;
import th.go.mol.oneplan.drive.plan.Agency;
import th.go.mol.oneplan.register.Address;
import th.go.mol.oneplan.register.Education;
import th.go.mol.oneplan.register.LawfulBasis;
import th.go.mol.oneplan.register.MoveWorker;
import th.go.mol.oneplan.register.NationalId;
import th.go.mol.oneplan.register.Need;
import th.go.mol.oneplan.register.OccupationGroup;
import th.go.mol.oneplan.register.Problem;
import th.go.mol.oneplan.register.RecordServiceDelivered;
import th.go.mol.oneplan.register.RegisterWorker;
import th.go.mol.oneplan.register.Service;
import th.go.mol.oneplan.register.Title;
import th.go.mol.oneplan.register.UpdateWorkerProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phrae's register in FY 2566 (province 54, no other test's): two pilot tambons, Nai Wiang (540101) and Rong Kwang
 * (540201). Eleven workers register in Nai Wiang and four in Rong Kwang through the command path an import job
 * uses (no HTTP); three Nai Wiang workers are served, one of them twice; one unserved worker moves from Nai Wiang to
 * Rong Kwang, and a served Rong Kwang worker moves to Huai O (540301); one worker's profile is updated. The
 * statistics and the 30% target follow: Nai Wiang 3 of 10 served, 30.0, met; Rong Kwang 0 of 4.
 */
class RegisterStatisticsIT extends LedgerIntegrationTest {
    private static final String PROGRAMME = "pilot-54-2566";
    private static final int NAI_WIANG = 540101;
    private static final int RONG_KWANG = 540201;
    private static final int HUAI_O = 540301;
    private static final Instant IMPORTED_AT = Instant.parse("2023-01-05T03:00:00Z");
    private static final LocalDate REGISTERED_ON = LocalDate.of(2022, 12, 1);

    @Autowired
    LedgerCommands ledger;

    private final CommandContext job = CommandContext.by("survey-import@phrae", IMPORTED_AT);

    @BeforeEach
    void phraesPilotTambonsHaveTheirWorkersRegisteredServedAndMoved() {
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':54,'fiscalYear':2566,"
                + "'name':'โครงการนำร่องศูนย์ฯ ตำบล จังหวัดแพร่','declaredOn':'2022-10-20'}"));
        if (declared.status() == 409) {
            return; // an earlier test of this class has set Phrae up
        }
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        for (int tambon : List.of(NAI_WIANG, RONG_KWANG)) {
            Answer designated = post("/api/pilot-programmes/" + PROGRAMME + "/pilot-centres", json("{'centreId':"
                    + "'centre-" + tambon + "-2566','subdistrictCode':" + tambon + ",'designatedOn':'2022-10-25'}"));
            assertThat(designated.status()).as("%s", designated.body()).isEqualTo(201);
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + tambon + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 1'},'establishedOn':'2022-11-01',"
                    + "'pilot':true,'programmeId':'" + PROGRAMME + "'}"));
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        }

        for (int i = 0; i <= 10; i++) {
            register(i, NAI_WIANG, i % 3 == 0 ? Title.MR : i % 3 == 1 ? Title.MRS : Title.MISS,
                    i < 6 ? OccupationGroup.CROP_FARMING : OccupationGroup.RUBBER_OIL_PALM, List.of(Need.SAVINGS));
        }
        for (int i = 20; i <= 23; i++) {
            register(i, RONG_KWANG, Title.MR, OccupationGroup.LIVESTOCK, List.of(Need.SOCIAL_SECURITY));
        }
        serve(0, Service.SOCIAL_SECURITY_SECTION_40, Agency.SOCIAL_SECURITY_OFFICE);
        serve(0, Service.SKILLS_TRAINING, Agency.SKILL_DEVELOPMENT_OFFICE);
        serve(1, Service.SKILLS_TRAINING, Agency.SKILL_DEVELOPMENT_OFFICE);
        serve(2, Service.NATIONAL_SAVINGS_FUND, Agency.PROVINCIAL_LABOUR_OFFICE);
        serve(20, Service.JOB_PLACEMENT, Agency.EMPLOYMENT_OFFICE);
        ledger.send(worker(1), job, recording -> new UpdateWorkerProfile(worker(1), OccupationGroup.FISHERY, null,
                null, List.of(Problem.LOW_INCOME), List.of(Need.SKILLS_TRAINING, Need.SOCIAL_SECURITY), recording));
        move(10, RONG_KWANG);
        move(20, HUAI_O);
    }

    @Test
    void a_tambon_counts_the_workers_who_live_there_now_and_each_served_worker_once() {
        JsonNode naiWiang = awaitGet("/api/register/statistics/subdistricts/" + NAI_WIANG,
                s -> s.get("registeredWorkers").asLong() == 10 && s.get("servedWorkers").asLong() == 3);

        assertThat(naiWiang.get("level").asText()).isEqualTo("SUBDISTRICT");
        assertThat(naiWiang.get("nameTh").asText()).isEqualTo("ในเวียง");
        assertThat(naiWiang.get("servedSharePercent").decimalValue()).isEqualByComparingTo("30.0");
        assertThat(naiWiang.get("servicesDelivered").asLong()).as("four services to three workers").isEqualTo(4);
        assertThat(naiWiang.get("servicesByType").get("SKILLS_TRAINING").asLong()).isEqualTo(2);
        assertThat(naiWiang.get("servicesByType").get("JOB_PLACEMENT").asLong()).isZero();
        assertThat(naiWiang.get("servicesByAgency").get("SKILL_DEVELOPMENT_OFFICE").asLong()).isEqualTo(2);
        // Worker 10 (MRS, rubber) moved out; worker 1 (MRS) is now a fisher who needs training and social security.
        assertThat(naiWiang.get("bySex").get("MALE").asLong()).isEqualTo(4);
        assertThat(naiWiang.get("bySex").get("FEMALE").asLong()).isEqualTo(6);
        assertThat(naiWiang.get("bySex").get("NOT_STATED").asLong()).isZero();
        assertThat(naiWiang.get("byOccupation").get("CROP_FARMING").asLong()).isEqualTo(5);
        assertThat(naiWiang.get("byOccupation").get("FISHERY").asLong()).isEqualTo(1);
        assertThat(naiWiang.get("byOccupation").get("RUBBER_OIL_PALM").asLong()).isEqualTo(4);
        assertThat(naiWiang.get("byNeed").get("SAVINGS").asLong()).isEqualTo(9);
        assertThat(naiWiang.get("byNeed").get("SKILLS_TRAINING").asLong()).isEqualTo(1);
        assertThat(naiWiang.get("byProblem").get("LOW_INCOME").asLong()).isEqualTo(1);
        assertThat(naiWiang.get("byEducation").get("PRIMARY").asLong()).isEqualTo(10);
        assertThat(naiWiang.get("byAgeBand").get("AGE_40_59").asLong()).isEqualTo(10);
        assertThat(naiWiang.get("parts")).isEmpty();

        JsonNode rongKwang = awaitGet("/api/register/statistics/subdistricts/" + RONG_KWANG,
                s -> s.get("registeredWorkers").asLong() == 4);
        assertThat(rongKwang.get("servedWorkers").asLong()).as("the served worker moved away").isZero();
        assertThat(rongKwang.get("servicesDelivered").asLong()).as("a service stays where it was delivered")
                .isEqualTo(1);
        assertThat(rongKwang.get("byOccupation").get("RUBBER_OIL_PALM").asLong()).isEqualTo(1);
        assertThat(rongKwang.get("byOccupation").get("LIVESTOCK").asLong()).isEqualTo(3);
        JsonNode huaiO = awaitGet("/api/register/statistics/subdistricts/" + HUAI_O,
                s -> s.get("registeredWorkers").asLong() == 1);
        assertThat(huaiO.get("servedWorkers").asLong()).as("served moves with the worker").isEqualTo(1);
        assertThat(huaiO.get("servedSharePercent").decimalValue()).isEqualByComparingTo("100.0");
    }

    @Test
    void districts_the_province_and_the_nation_roll_the_tambons_up() {
        JsonNode phrae = awaitGet("/api/register/statistics/provinces/54",
                s -> s.get("registeredWorkers").asLong() == 15 && s.get("servedWorkers").asLong() == 4);

        assertThat(phrae.get("servicesDelivered").asLong()).isEqualTo(5);
        assertThat(phrae.get("servedSharePercent").decimalValue()).isEqualByComparingTo("26.7");
        assertThat(phrae.get("centres").get("established").asLong()).isEqualTo(2);
        JsonNode muang = part(phrae, 5401);
        assertThat(muang.get("registeredWorkers").asLong()).isEqualTo(10);
        assertThat(muang.get("centres").asLong()).isEqualTo(1);
        assertThat(part(phrae, 5403).get("servedWorkers").asLong()).isEqualTo(1);
        assertThat(phrae.get("parts").size()).as("every district of Phrae").isEqualTo(8);

        JsonNode district = get("/api/register/statistics/districts/5402").body();
        assertThat(district.get("registeredWorkers").asLong()).isEqualTo(4);
        assertThat(part(district, RONG_KWANG).get("registeredWorkers").asLong()).isEqualTo(4);

        JsonNode nation = get("/api/register/statistics").body();
        assertThat(nation.get("level").asText()).isEqualTo("NATION");
        assertThat(nation.get("registeredWorkers").asLong()).isGreaterThanOrEqualTo(15);
        assertThat(part(nation, 54).get("registeredWorkers").asLong()).isEqualTo(15);
        assertThat(nation.get("parts").size()).isEqualTo(77);
    }

    @Test
    void each_pilot_tambon_is_shown_against_the_thirty_percent_target() {
        JsonNode targets = awaitGet("/api/pilot-programmes/" + PROGRAMME + "/targets",
                t -> t.get("pilotTambons").asInt() == 2
                        && t.get("tambons").get(0).get("registeredWorkers").asLong() == 10
                        && t.get("tambons").get(0).get("servedWorkers").asLong() == 3
                        && t.get("tambons").get(1).get("registeredWorkers").asLong() == 4);

        assertThat(targets.get("targetPercent").asInt()).isEqualTo(30);
        assertThat(targets.get("tambonsMeetingTarget").asInt()).isEqualTo(1);
        JsonNode naiWiang = targets.get("tambons").get(0);
        assertThat(naiWiang.get("subdistrictCode").asInt()).isEqualTo(NAI_WIANG);
        assertThat(naiWiang.get("centreId").asText()).isEqualTo("centre-540101-2566");
        assertThat(naiWiang.get("servedSharePercent").toString()).isEqualTo("30.0");
        assertThat(naiWiang.get("met").asBoolean()).isTrue();
        JsonNode rongKwang = targets.get("tambons").get(1);
        assertThat(rongKwang.get("servedSharePercent").toString()).isEqualTo("0.0");
        assertThat(rongKwang.get("met").asBoolean()).isFalse();
    }

    @Test
    void unknown_areas_are_404_malformed_codes_400_and_officers_read_only_their_province() {
        assertThat(get("/api/register/statistics/provinces/59").status()).isEqualTo(404);
        assertThat(get("/api/register/statistics/subdistricts/549999").status()).isEqualTo(404);
        Answer malformed = get("/api/register/statistics/districts/55a1");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asText()).isEqualTo("districtCode");
        assertThat(get("/api/pilot-programmes/pilot-54-2565/targets").status()).isEqualTo(404);

        Login phraeOfficer = userWith("officer@phrae-statistics", Role.PROVINCIAL_OFFICER, 54, null);
        assertThat(exchange(HttpMethod.GET, "/api/register/statistics/provinces/54", null, phraeOfficer.basic())
                .status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/register/statistics/subdistricts/" + NAI_WIANG, null,
                phraeOfficer.basic()).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/pilot-programmes/" + PROGRAMME + "/targets", null,
                phraeOfficer.basic()).status()).isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/register/statistics/provinces/84", null, phraeOfficer.basic())
                .status()).isEqualTo(403);
        assertThat(exchange(HttpMethod.GET, "/api/register/statistics", null, phraeOfficer.basic()).status())
                .as("the national roll-up is the inspectors' and the ministry's").isEqualTo(403);
    }

    @Test
    void a_replay_of_the_statistics_reads_the_same_even_after_counters_were_lost() {
        JsonNode phrae = awaitGet("/api/register/statistics/provinces/54",
                s -> s.get("registeredWorkers").asLong() == 15 && s.get("servedWorkers").asLong() == 4);
        JsonNode naiWiang = get("/api/register/statistics/subdistricts/" + NAI_WIANG).body();
        jdbc.update("DELETE FROM register_stats_count WHERE area_level = 'PROVINCE' AND area_code = 54");

        assertThat(post("/api/admin/projections/" + RegisterStatisticsProjection.GROUP + "/replay", "{}").status())
                .isEqualTo(202);
        awaitRebuilt(List.of(RegisterStatisticsProjection.GROUP));

        assertThat(awaitGet("/api/register/statistics/provinces/54", s -> s.equals(phrae))).isEqualTo(phrae);
        assertThat(awaitGet("/api/register/statistics/subdistricts/" + NAI_WIANG, s -> s.equals(naiWiang)))
                .isEqualTo(naiWiang);
    }

    @Test
    void statistics_hold_no_personal_data() {
        awaitGet("/api/register/statistics/subdistricts/" + HUAI_O, s -> s.get("registeredWorkers").asLong() == 1);
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name IN ('register_stats_worker', 'register_stats_area', 'register_stats_count')",
                String.class);
        assertThat(columns).doesNotContain("national_id", "first_name", "last_name", "date_of_birth", "phone",
                "house_number", "village_number");
        String answer = get("/api/register/statistics/subdistricts/" + NAI_WIANG).body().toString();
        assertThat(answer).doesNotContain("สมชาย").doesNotContain(nationalId(0));
    }

    private void register(int n, int subdistrict, Title title, OccupationGroup occupation, List<Need> needs) {
        ledger.send(worker(n), job, recording -> new RegisterWorker(worker(n), NationalId.parse(nationalId(n),
                "nationalId"), title, "สมชาย", "ใจดี", LocalDate.of(1975, 5, 1),
                new Address(String.valueOf(n + 1), 1, subdistrict), occupation, Education.PRIMARY, null, List.of(),
                needs, LawfulBasis.publicTask(), "centre-" + subdistrict + "-2566", REGISTERED_ON, recording));
    }

    private void serve(int n, Service service, Agency agency) {
        ledger.send(worker(n), job, recording -> new RecordServiceDelivered(worker(n), service, agency, null,
                LocalDate.of(2022, 12, 20), null, null, recording));
    }

    private void move(int n, int subdistrict) {
        ledger.send(worker(n), job, recording -> new MoveWorker(worker(n), new Address("99", 2, subdistrict),
                "centre-" + subdistrict + "-2566", LocalDate.of(2022, 12, 28), recording));
    }

    private static JsonNode part(JsonNode area, int code) {
        for (JsonNode part : area.get("parts")) {
            if (part.get("code").asInt() == code) {
                return part;
            }
        }
        throw new AssertionError("no part " + code + " in " + area.get("parts"));
    }

    /** Worker n of this test: an id no other test uses. */
    private static String worker(int n) {
        return String.format("worker-54000000-0000-4000-8000-%012d", n);
    }

    /** A valid national id of this test: 15401000000 and n, with its check digit. */
    private static String nationalId(int n) {
        String first12 = String.format("1540100000%02d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first12.charAt(i) - '0') * (13 - i);
        }
        return first12 + (11 - sum % 11) % 10;
    }
}
