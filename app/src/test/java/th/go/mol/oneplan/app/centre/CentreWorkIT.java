package th.go.mol.oneplan.app.centre;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Surat Thani centre at work in FY 2566 over HTTP (Makham Tia, 840102, no other test's centre of that year): its
 * committee submits a quality-of-life plan and records the funders' answers, the core team follows it up, the
 * year is evaluated, a worker's grievance is received and resolved; and the requests the rules refuse, which
 * record nothing.
 */
class CentreWorkIT extends LedgerIntegrationTest {
    private static final String CENTRE = "/api/tambon-centres/centre-840102-2566";
    /** A second centre of the year, in another district, whose committee is not appointed yet. */
    private static final String NO_COMMITTEE_YET = "/api/tambon-centres/centre-840202-2566";
    /**
     * The worker who brings the grievance, registered at a centre of Phuket (83), where no other test registers
     * anyone: a worker registered in Surat Thani would change the counts SuratThaniRegisterIT checks.
     */
    private static final String WORKER = "worker-83010100-0000-4000-8000-000000000001";

    @BeforeEach
    void theCentreIsEstablishedAndItsCommitteeAppointed() {
        Answer established = post("/api/tambon-centres", establish(840102));
        if (established.status() == 409) {
            return; // an earlier test of this class established both centres and appointed the committee
        }
        Answer phuket = post("/api/tambon-centres", json("{'subdistrictCode':830101,'venue':{'kind':'VILLAGE_HALL',"
                + "'name':'ศาลาประชาคม'},'establishedOn':'2022-11-01','pilot':false,'programmeId':'pilot-83-2566'}"));
        assertThat(phuket.status()).as("%s", phuket.body()).isEqualTo(201);
        registeredWorker(WORKER, "centre-830101-2566", 830101, 97_083_101L, "2022-11-16");
        assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
        assertThat(established.location()).isEqualTo(CENTRE);
        Answer appointed = post(CENTRE + "/committee", json("{'members':[{'name':'นายสมชาย ใจดี','role':'CHAIR',"
                + "'labourVolunteer':true},{'name':'นางสมศรี รักถิ่น','role':'MEMBER',"
                + "'localGovernmentRepresentative':true,'organisation':'อบต.มะขามเตี้ย'}],'appointedOn':'2022-11-20'}"));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(201);
        Answer other = post("/api/tambon-centres", establish(840202));
        assertThat(other.status()).as("%s", other.body()).isEqualTo(201);
        assertThat(other.location()).isEqualTo(NO_COMMITTEE_YET);
    }

    @Test
    void the_committee_plans_the_funders_answer_the_core_team_follows_up_and_the_year_is_evaluated() {
        long before = eventsInStore();
        Answer submitted = post(CENTRE + "/quality-of-life-plans", plan());
        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(201);
        assertThat(submitted.body().get("planId").asText()).isEqualTo("plan-1");
        assertThat(submitted.body().get("centreId").asText()).isEqualTo("centre-840102-2566");
        assertThat(submitted.location()).isEqualTo(CENTRE + "/quality-of-life-plans/plan-1");
        String funding = CENTRE + "/quality-of-life-plans/plan-1/funding";

        long afterPlan = eventsInStore();
        assertRefused(post(funding, json("{'decisions':[{'itemNumber':3,'outcome':'GRANTED',"
                + "'grantedAmount':20000.01}],'decidedOn':'2022-12-15'}")), 409, "granted-within-requested");
        assertRefused(post("/api/tambon-centres/centre-840102-2566/quality-of-life-plans/plan-9/funding",
                json("{'decisions':[{'itemNumber':1,'outcome':'REFUSED','reason':'ไม่มีแผน'}],"
                        + "'decidedOn':'2022-12-15'}")), 409, "unknown-plan");
        assertThat(eventsInStore()).isEqualTo(afterPlan);

        Answer decided = post(funding, json("{'decisions':[{'itemNumber':1,'outcome':'GRANTED',"
                + "'grantedAmount':40000.00},{'itemNumber':2,'outcome':'REFUSED',"
                + "'reason':'งบประมาณปีนี้เต็มแล้ว ยื่นใหม่ปีหน้า'}],'decidedOn':'2022-12-15'}"));
        assertThat(decided.status()).as("%s", decided.body()).isEqualTo(201);
        assertRefused(post(funding, json("{'decisions':[{'itemNumber':1,'outcome':'GRANTED',"
                + "'grantedAmount':45000.00}],'decidedOn':'2022-12-20'}")), 409, "item-already-decided");

        Answer followedUp = post(CENTRE + "/follow-ups", json("{'stage':'CHECK','followedUpOn':'2023-03-10',"
                + "'findings':'อบรมอาชีพแล้ว 2 รุ่น ผู้เข้าร่วม 45 คน','nextSteps':'สมัครมาตรา 40 เพิ่ม'}"));
        assertThat(followedUp.status()).as("%s", followedUp.body()).isEqualTo(201);

        String evaluation = json("{'fiscalYear':2566,'summary':'ทำตามแผนได้ 2 ใน 3 รายการ',"
                + "'lessonsLearned':'ยื่นแผนเข้าแผนพัฒนาท้องถิ่นตั้งแต่ต้นปี','evaluatedOn':'2023-09-25'}");
        Answer evaluated = post(CENTRE + "/yearly-evaluations", evaluation);
        assertThat(evaluated.status()).as("%s", evaluated.body()).isEqualTo(201);
        assertThat(eventsInStore()).isEqualTo(before + 4);
        assertRefused(post(CENTRE + "/yearly-evaluations", evaluation), 409, "evaluation-already-recorded");
        assertThat(eventsInStore()).isEqualTo(before + 4);
    }

    @Test
    void a_workers_grievance_is_received_and_resolved_once_and_a_retry_gets_the_same_answer() {
        String grievance = json("{'workerId':'" + WORKER + "','topic':'SOCIAL_SECURITY','channel':'IN_PERSON',"
                + "'receivedOn':'2023-01-09'}");
        Map<String, String> key = Map.of("Idempotency-Key", "grievance-840102-2566-1");

        Answer first = postWithHeaders(CENTRE + "/grievances", grievance, key);
        long after = eventsInStore();
        Answer retried = postWithHeaders(CENTRE + "/grievances", grievance, key);

        assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
        String grievanceId = first.body().get("grievanceId").asText();
        assertThat(grievanceId).startsWith("grievance-");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.location()).as("ETag").isEqualTo(first.location());
        assertThat(eventsInStore()).isEqualTo(after);

        String resolution = CENTRE + "/grievances/" + grievanceId + "/resolution";
        String resolved = json("{'resolution':'ส่งต่อสำนักงานประกันสังคมจังหวัด ยื่นคำขอรับสิทธิ์แล้ว',"
                + "'resolvedOn':'2023-01-20'}");
        Answer done = post(resolution, resolved);
        assertThat(done.status()).as("%s", done.body()).isEqualTo(201);
        assertThat(eventsInStore()).isEqualTo(after + 1);
        assertRefused(post(resolution, resolved), 409, "grievance-already-resolved");
        assertRefused(post(CENTRE + "/grievances/grievance-999/resolution", resolved), 409, "unknown-grievance");
        assertThat(eventsInStore()).isEqualTo(after + 1);
    }

    @Test
    void a_centre_without_its_committee_has_no_plan_nor_grievance() {
        long before = eventsInStore();

        assertRefused(post(NO_COMMITTEE_YET + "/quality-of-life-plans", plan()), 409, "plan-needs-committee");
        assertRefused(post(NO_COMMITTEE_YET + "/grievances", json("{'workerId':'" + WORKER + "','topic':'OTHER',"
                + "'otherTopic':'ที่ดินทำกิน','channel':'PHONE','receivedOn':'2023-01-09'}")), 409,
                "grievance-needs-committee");
        assertRefused(post(CENTRE + "/quality-of-life-plans", json("{'fiscalYear':2566,'items':[{'category':"
                + "'OCCUPATIONAL_HEALTH','description':'ตรวจสุขภาพ','amount':1000,'source':'THAIHEALTH'}],"
                + "'submittedOn':'2022-11-18'}")), 409, "plan-before-committee");

        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void amounts_are_baht_with_at_most_two_decimals() {
        long before = eventsInStore();

        Answer tooPrecise = post(CENTRE + "/quality-of-life-plans", json("{'fiscalYear':2566,'items':[{'category':"
                + "'OCCUPATIONAL_HEALTH','description':'ตรวจสุขภาพ','amount':1000.005,'source':'THAIHEALTH'}],"
                + "'submittedOn':'2022-12-01'}"));

        assertThat(tooPrecise.status()).as("%s", tooPrecise.body()).isEqualTo(400);
        assertThat(tooPrecise.body().get("errors").get(0).get("field").asText()).isEqualTo("items[0].amount");
        for (String amount : List.of("0", "10000000.01")) {
            Answer outOfRange = post(CENTRE + "/quality-of-life-plans", json("{'fiscalYear':2566,'items':[{"
                    + "'category':'OCCUPATIONAL_HEALTH','description':'ตรวจสุขภาพ','amount':" + amount + ","
                    + "'source':'THAIHEALTH'}],'submittedOn':'2022-12-01'}"));
            assertThat(outOfRange.status()).as("%s", outOfRange.body()).isEqualTo(400);
            assertThat(outOfRange.body().get("errors").get(0).get("field").asText()).isEqualTo("items[0].amount");
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void an_officer_of_another_province_records_nothing_on_the_centres_work() {
        Login krabi = userWith("officer@krabi-centre-work", Role.PROVINCIAL_OFFICER, 81, null);
        long before = eventsInStore();

        for (String[] request : List.of(
                new String[]{CENTRE + "/quality-of-life-plans", plan()},
                new String[]{CENTRE + "/quality-of-life-plans/plan-1/funding", json("{'decisions':[{'itemNumber':1,"
                        + "'outcome':'GRANTED','grantedAmount':100}],'decidedOn':'2022-12-15'}")},
                new String[]{CENTRE + "/follow-ups", json("{'stage':'DO','followedUpOn':'2023-03-10',"
                        + "'findings':'x'}")},
                new String[]{CENTRE + "/yearly-evaluations", json("{'fiscalYear':2566,'summary':'x',"
                        + "'lessonsLearned':'y','evaluatedOn':'2023-09-25'}")},
                new String[]{CENTRE + "/grievances", json("{'workerId':'" + WORKER + "','topic':'SOCIAL_SECURITY',"
                        + "'channel':'LINE','receivedOn':'2023-01-09'}")},
                new String[]{CENTRE + "/grievances/grievance-1/resolution", json("{'resolution':'x',"
                        + "'resolvedOn':'2023-01-20'}")})) {
            Reply reply = exchange(HttpMethod.POST, request[0], request[1], krabi.basic());
            assertThat(reply.status()).as("%s: %s", request[0], reply.body()).isEqualTo(403);
            assertThat(reply.body().get("rule").asText()).isEqualTo("outside-scope");
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    /** Three items, each asking a different funder, 95,000.50 baht in all. */
    private static String plan() {
        return json("{'fiscalYear':2566,'items':["
                + "{'category':'OCCUPATION_AND_INCOME','description':'อบรมอาชีพทำขนมพื้นบ้าน 2 รุ่น','amount':45000.00,"
                + "'source':'PROVINCIAL_DEVELOPMENT_BUDGET'},"
                + "{'category':'OCCUPATIONAL_HEALTH','description':'ตรวจสุขภาพและให้ความรู้อาชีวอนามัย',"
                + "'amount':30000.50,'source':'THAIHEALTH'},"
                + "{'category':'SOCIAL_SECURITY_SECTION_40','description':'รณรงค์สมัครประกันสังคมมาตรา 40',"
                + "'amount':20000,'source':'LOCAL_GOVERNMENT'}],'submittedOn':'2022-12-01'}");
    }

    private static String establish(int tambon) {
        return json("{'subdistrictCode':" + tambon + ",'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 2'},"
                + "'establishedOn':'2022-11-15','pilot':false,'programmeId':'pilot-84-2566'}");
    }

    private static void assertRefused(Answer answer, int status, String rule) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        assertThat(answer.body().get("rule").asText()).isEqualTo(rule);
    }
}
