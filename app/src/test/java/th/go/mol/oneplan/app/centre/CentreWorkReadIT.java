package th.go.mol.oneplan.app.centre;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.query.centrework.CentreWorkProjection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Phayao centre's work read back (province 56, FY 2566, no other test's): Wiang (560101) has its committee, a
 * quality-of-life plan with one item granted and one refused, a follow-up, the year's evaluation and two
 * grievances, one resolved; Huai Khao Kam (560201) is only established. The Location the write side answers is
 * where the plan and the grievance are read, the centre's standing and the province's count of centres follow.
 */
class CentreWorkReadIT extends LedgerIntegrationTest {
    private static final String PROGRAMME = "pilot-56-2566";
    private static final String WIANG = "/api/tambon-centres/centre-560101-2566";
    private static final String WORKER = "worker-56000000-0000-4000-8000-000000000001";
    private static String planLocation;
    private static String openGrievance;
    private static String resolvedGrievance;

    @BeforeEach
    void wiangsCentreHasDoneItsYearsWork() {
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':56,'fiscalYear':2566,"
                + "'name':'โครงการนำร่องศูนย์ฯ ตำบล จังหวัดพะเยา','declaredOn':'2022-10-20'}"));
        if (declared.status() == 409) {
            return; // an earlier test of this class recorded the year's work
        }
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        for (int tambon : new int[]{560101, 560201}) {
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + tambon + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม'},'establishedOn':'2022-11-01',"
                    + "'pilot':false,'programmeId':'" + PROGRAMME + "'}"));
            assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        }
        registeredWorker(WORKER, "centre-560101-2566", 560101, 97_056_101L, "2022-11-05");
        created(post(WIANG + "/committee", json("{'members':[{'name':'นายประธาน ศูนย์','role':'CHAIR',"
                + "'labourVolunteer':true},{'name':'นางผู้แทน ท้องถิ่น','role':'MEMBER',"
                + "'localGovernmentRepresentative':true,'organisation':'เทศบาลเมืองพะเยา'}],"
                + "'appointedOn':'2022-11-10'}")));
        Answer plan = created(post(WIANG + "/quality-of-life-plans", json("{'fiscalYear':2566,'items':["
                + "{'category':'OCCUPATION_AND_INCOME','description':'ฝึกทอผ้า','amount':50000,"
                + "'source':'PROVINCIAL_DEVELOPMENT_BUDGET'},{'category':'OCCUPATIONAL_HEALTH',"
                + "'description':'ตรวจสารเคมีในเลือด','amount':12000.50,'source':'THAIHEALTH'}],"
                + "'submittedOn':'2022-12-01'}")));
        planLocation = plan.location();
        created(post(planLocation + "/funding", json("{'decisions':[{'itemNumber':1,'outcome':'GRANTED',"
                + "'grantedAmount':40000},{'itemNumber':2,'outcome':'REFUSED','reason':'ยื่นปีหน้า'}],"
                + "'decidedOn':'2022-12-15'}")));
        created(post(WIANG + "/follow-ups", json("{'stage':'DO','followedUpOn':'2023-01-20',"
                + "'findings':'ฝึกทอผ้ารุ่นแรก 20 คน'}")));
        created(post(WIANG + "/yearly-evaluations", json("{'fiscalYear':2566,'summary':'ทำได้ตามแผน',"
                + "'lessonsLearned':'ยื่นแผนเข้าเทศบาลตั้งแต่ต้นปี','evaluatedOn':'2023-09-25'}")));
        openGrievance = created(post(WIANG + "/grievances", json("{'workerId':'" + WORKER + "',"
                + "'topic':'SOCIAL_SECURITY','channel':'IN_PERSON','receivedOn':'2023-01-09'}"))).location();
        resolvedGrievance = created(post(WIANG + "/grievances", json("{'workerId':'" + WORKER + "',"
                + "'topic':'OTHER','otherTopic':'ที่ดินทำกิน','channel':'PHONE','receivedOn':'2023-02-01'}")))
                .location();
        created(post(resolvedGrievance + "/resolution", json("{'resolution':'ส่งต่อสำนักงานที่ดินจังหวัด',"
                + "'resolvedOn':'2023-02-10'}")));
    }

    @Test
    void the_plan_is_read_where_its_submission_said_with_its_items_and_the_funders_answers() {
        assertThat(planLocation).isEqualTo(WIANG + "/quality-of-life-plans/plan-1");
        JsonNode plan = awaitGet(planLocation, p -> p.get("items").get(0).get("decision").isObject());

        assertThat(plan.get("fiscalYear").asInt()).isEqualTo(2566);
        assertThat(plan.get("requestedTotal").decimalValue()).isEqualByComparingTo("62000.50");
        assertThat(plan.get("grantedTotal").decimalValue()).isEqualByComparingTo("40000.00");
        assertThat(plan.get("funded").asBoolean()).isTrue();
        JsonNode weaving = plan.get("items").get(0);
        assertThat(weaving.get("itemNumber").asInt()).isEqualTo(1);
        assertThat(weaving.get("requestedAmount").decimalValue()).isEqualByComparingTo("50000");
        assertThat(weaving.get("decision").get("outcome").asText()).isEqualTo("GRANTED");
        assertThat(weaving.get("decisions")).hasSize(1);
        assertThat(plan.get("items").get(1).get("decision").get("reason").asText()).isEqualTo("ยื่นปีหน้า");

        JsonNode plans = get(WIANG + "/quality-of-life-plans").body();
        assertThat(plans.get("plans")).hasSize(1);
        assertThat(get(WIANG + "/quality-of-life-plans/plan-9").status()).isEqualTo(404);
    }

    @Test
    void follow_ups_and_evaluations_are_listed() {
        JsonNode evaluations = awaitGet(WIANG + "/yearly-evaluations", e -> e.get("evaluations").size() == 1);
        assertThat(evaluations.get("evaluations").get(0).get("lessonsLearned").asText())
                .isEqualTo("ยื่นแผนเข้าเทศบาลตั้งแต่ต้นปี");
        JsonNode followUps = get(WIANG + "/follow-ups").body();
        assertThat(followUps.get("followUps")).hasSize(1);
        assertThat(followUps.get("followUps").get(0).get("stage").asText()).isEqualTo("DO");
    }

    @Test
    void open_grievances_show_their_age_and_the_oldest_one() {
        long age = ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 9), LocalDate.now(ZoneId.of("Asia/Bangkok")));
        JsonNode open = awaitGet(WIANG + "/grievances?status=open",
                g -> g.get("grievances").size() == 1 && g.get("openGrievances").asInt() == 1);

        JsonNode grievance = open.get("grievances").get(0);
        assertThat(WIANG + "/grievances/" + grievance.get("grievanceId").asText()).isEqualTo(openGrievance);
        assertThat(grievance.get("status").asText()).isEqualTo("OPEN");
        assertThat(grievance.get("ageDays").asLong()).isBetween(age - 1, age + 1);
        assertThat(open.get("oldestOpen").get("grievanceId").asText()).isEqualTo(grievance.get("grievanceId").asText());
        assertThat(get(WIANG + "/grievances?status=resolved").body().get("grievances")).hasSize(1);
        assertThat(get(WIANG + "/grievances").body().get("grievances")).hasSize(2);

        JsonNode resolved = get(resolvedGrievance).body();
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("ageDays").isNull()).isTrue();
        assertThat(resolved.get("resolution").asText()).isEqualTo("ส่งต่อสำนักงานที่ดินจังหวัด");
        assertThat(get(openGrievance).body().get("otherTopic").isNull()).isTrue();

        Answer bad = get(WIANG + "/grievances?status=closed");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(get(WIANG + "/grievances/grievance-99").status()).isEqualTo(404);
        assertThat(get("/api/tambon-centres/centre-560102-2566/grievances").status()).isEqualTo(404);
    }

    @Test
    void the_centre_and_its_province_show_where_the_centres_stand() {
        awaitGet(WIANG + "/progress", p -> p.get("openGrievances").asInt() == 1 && p.get("funded").asBoolean());
        // A rebuild never shows a state in between: "before" must be the complete one.
        awaitCaughtUp();
        JsonNode progress = get(WIANG + "/progress").body();
        assertThat(progress.get("committeeComplete").asBoolean()).isTrue();
        assertThat(progress.get("qualityOfLifePlanSubmitted").asBoolean()).isTrue();
        assertThat(progress.get("oldestOpenGrievanceOn").asText()).isEqualTo("2023-01-09");

        JsonNode other = get("/api/tambon-centres/centre-560201-2566/progress").body();
        assertThat(other.get("committeeComplete").asBoolean()).isFalse();
        assertThat(other.get("openGrievances").asInt()).isZero();

        JsonNode phayao = awaitGet("/api/register/statistics/provinces/56",
                s -> s.get("centres").get("established").asLong() == 2
                        && s.get("centres").get("openGrievances").asLong() == 1
                        && s.get("registeredWorkers").asLong() == 1);
        JsonNode centres = phayao.get("centres");
        assertThat(centres.get("committeeComplete").asLong()).isEqualTo(1);
        assertThat(centres.get("qualityOfLifePlanSubmitted").asLong()).isEqualTo(1);
        assertThat(centres.get("funded").asLong()).isEqualTo(1);
        assertThat(centres.get("oldestOpenGrievanceCentreId").asText()).isEqualTo("centre-560101-2566");
        assertThat(phayao.get("registeredWorkers").asLong()).as("the worker who brought the grievances").isEqualTo(1);
        assertThat(phayao.get("servedWorkers").asLong()).isZero();
    }

    @Test
    void a_replay_of_the_centres_work_reads_the_same() {
        awaitGet(WIANG + "/progress", p -> p.get("openGrievances").asInt() == 1 && p.get("funded").asBoolean());
        // A rebuild never shows a state in between: "before" must be the complete one.
        awaitCaughtUp();
        JsonNode progress = get(WIANG + "/progress").body();
        JsonNode plans = get(WIANG + "/quality-of-life-plans").body();
        JsonNode grievances = get(WIANG + "/grievances").body();
        jdbc.update("DELETE FROM centre_plan_decision WHERE centre_id = 'centre-560101-2566'");

        assertThat(post("/api/admin/projections/" + CentreWorkProjection.GROUP + "/replay", "{}").status())
                .isEqualTo(202);
        awaitRebuilt(java.util.List.of(CentreWorkProjection.GROUP));

        assertThat(awaitGet(WIANG + "/quality-of-life-plans", p -> p.equals(plans))).isEqualTo(plans);
        assertThat(awaitGet(WIANG + "/grievances", g -> g.equals(grievances))).isEqualTo(grievances);
        assertThat(awaitGet(WIANG + "/progress", p -> p.equals(progress))).isEqualTo(progress);
    }

    @Test
    void centre_staff_read_their_own_centres_work_and_not_anothers() {
        awaitGet(WIANG + "/progress", p -> p.get("committeeComplete").asBoolean());
        Login wiangStaff = userWith("staff@wiang-560101", Role.CENTRE_STAFF, 56, 560101);
        Login lampangOfficer = userWith("officer@lampang-centre-read", Role.PROVINCIAL_OFFICER, 52, null);

        assertThat(exchange(HttpMethod.GET, WIANG + "/grievances", null, wiangStaff.basic()).status())
                .isEqualTo(200);
        assertThat(exchange(HttpMethod.GET, "/api/tambon-centres/centre-560201-2566/progress", null,
                wiangStaff.basic()).status()).isEqualTo(403);
        assertThat(exchange(HttpMethod.GET, planLocation, null, lampangOfficer.basic()).status()).isEqualTo(403);
    }

    private static Answer created(Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(201);
        return answer;
    }
}
