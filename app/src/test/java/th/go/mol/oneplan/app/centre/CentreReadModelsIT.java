package th.go.mol.oneplan.app.centre;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.query.centres.TambonCentresProjection;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surat Thani (84) declares its pilot programme of FY 2565 (a year no other test uses for 84), designates pilots in
 * its first three districts, establishes them and one more centre, and appoints and amends a committee; the read
 * side then shows the programme's coverage (3 of 19 districts), the centre with its committee as it reads now, and
 * the province's list; replaying the tambon-centres processing group gives the same answers.
 */
class CentreReadModelsIT extends LedgerIntegrationTest {
    private static final String PROGRAMME = "/api/pilot-programmes/pilot-84-2565";
    /** The first tambon of Surat Thani's first three districts: Talat (เมืองสุราษฎร์ธานี), 8402's and 8403's. */
    private static final List<Integer> PILOTS = List.of(840101, 840201, 840301);
    private static final String TALAT = "/api/tambon-centres/centre-840101-2565";
    private static final String LIST = "/api/tambon-centres?provinceCode=84&fiscalYear=2565";

    @Test
    void the_programme_shows_its_coverage_the_centre_its_committee_and_the_province_its_centres_also_after_a_replay() {
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':84,'fiscalYear':2565,"
                + "'name':'โครงการนำร่องศูนย์ฯ ระดับตำบล ปี 2565','declaredOn':'2021-10-20'}"));
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        for (int tambon : PILOTS) {
            Answer designated = post(PROGRAMME + "/pilot-centres", json("{'centreId':'centre-" + tambon + "-2565',"
                    + "'subdistrictCode':" + tambon + ",'designatedOn':'2021-11-01'}"));
            assertThat(designated.status()).as("%s: %s", tambon, designated.body()).isEqualTo(201);
            assertThat(post("/api/tambon-centres", establish(tambon, true)).status()).isEqualTo(201);
        }
        assertThat(post("/api/tambon-centres", establish(840102, false)).status()).isEqualTo(201);
        Answer appointed = post(TALAT + "/committee", json("{'members':["
                + "{'name':'นายสมชาย ใจดี','role':'CHAIR','labourVolunteer':true},"
                + "{'name':'นางสมศรี รักถิ่น','role':'MEMBER','localGovernmentRepresentative':true,"
                + "'organisation':'เทศบาลนครสุราษฎร์ธานี'},"
                + "{'name':'นายข้อมูล ครบถ้วน','role':'DATA'}],'appointedOn':'2021-12-01'}"));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(201);
        String appointment = appointed.body().get("eventId").asText();
        Answer amended = post(TALAT + "/committee/amendments", json("{'membersAdded':[{'name':'นางรับเรื่อง ทุกข์',"
                + "'role':'COMPLAINTS','labourVolunteer':true}],'membersRemoved':['นายข้อมูล ครบถ้วน'],"
                + "'reason':'ย้ายไปต่างจังหวัด','amendedOn':'2022-01-10'}"));
        assertThat(amended.status()).as("%s", amended.body()).isEqualTo(201);
        assertThat(post(TALAT + "/mentors", json("{'mentorName':'นางพี่เลี้ยง ทีมหลัก','agency':'สำนักงานแรงงานจังหวัด',"
                + "'assignedOn':'2022-01-15'}")).status()).isEqualTo(201);

        // The programme covers 3 of Surat Thani's 19 districts, each pilot established.
        JsonNode programme = awaitGet(PROGRAMME, p -> p.path("districtsCovered").asInt() == 3
                && p.path("coverage").get(2).path("established").asBoolean());
        assertThat(programme.get("districts").asInt()).isEqualTo(19);
        assertThat(programme.get("fiscalYear").asInt()).isEqualTo(2565);
        assertThat(programme.get("provinceNameTh").asText()).isEqualTo("สุราษฎร์ธานี");
        assertThat(programme.get("eventId").asText()).isEqualTo("pilot-84-2565/1");
        assertThat(programme.get("coverage")).hasSize(19);
        JsonNode first = programme.get("coverage").get(0);
        assertThat(first.get("districtCode").asInt()).isEqualTo(8401);
        assertThat(first.get("covered").asBoolean()).isTrue();
        assertThat(first.get("centreId").asText()).isEqualTo("centre-840101-2565");
        assertThat(first.get("eventId").asText()).isEqualTo("pilot-84-2565/2");
        JsonNode fourth = programme.get("coverage").get(3);
        assertThat(fourth.get("districtCode").asInt()).isEqualTo(8404);
        assertThat(fourth.get("covered").asBoolean()).isFalse();
        assertThat(fourth.get("centreId").isNull()).isTrue();

        // Talat's committee as it reads after the amendment: complete, the chair first, the data member gone.
        JsonNode talat = awaitGet(TALAT, c -> c.path("mentors").size() == 1 && c.path("committee").size() == 3
                && c.path("committee").toString().contains("นางรับเรื่อง ทุกข์"));
        assertThat(talat.get("committeeComplete").asBoolean()).isTrue();
        assertThat(talat.get("pilot").asBoolean()).isTrue();
        assertThat(talat.get("programmeId").asText()).isEqualTo("pilot-84-2565");
        assertThat(talat.get("districtNameTh").asText()).isNotBlank();
        assertThat(talat.get("provinceNameTh").asText()).isEqualTo("สุราษฎร์ธานี");
        assertThat(talat.get("eventId").asText()).isEqualTo("centre-840101-2565/1");
        assertThat(talat.get("recordedBy").asText()).isEqualTo("officer@test");
        assertThat(talat.get("committee")).extracting(m -> m.get("role").asText())
                .containsExactly("CHAIR", "COMPLAINTS", "MEMBER");
        JsonNode chair = talat.get("committee").get(0);
        assertThat(chair.get("name").asText()).isEqualTo("นายสมชาย ใจดี");
        assertThat(chair.get("labourVolunteer").asBoolean()).isTrue();
        assertThat(chair.get("eventId").asText()).isEqualTo(appointment);
        assertThat(talat.get("committee").get(1).get("eventId").asText())
                .isEqualTo(amended.body().get("eventId").asText());
        assertThat(talat.get("committee").get(2).get("localGovernmentRepresentative").asBoolean()).isTrue();
        assertThat(talat.get("mentors").get(0).get("agency").asText()).isEqualTo("สำนักงานแรงงานจังหวัด");

        // The province's centres of FY 2565: four, three of them pilots, one with a complete committee.
        JsonNode all = awaitGet(LIST, l -> l.path("totalCentres").asInt() == 4
                && l.path("centres").get(0).path("mentors").asInt() == 1);
        assertThat(all.get("centres")).extracting(c -> c.get("centreId").asText()).containsExactly(
                "centre-840101-2565", "centre-840102-2565", "centre-840201-2565", "centre-840301-2565");
        assertThat(all.get("centres")).extracting(c -> c.get("committeeComplete").asBoolean())
                .containsExactly(true, false, false, false);
        assertThat(all.get("centres").get(0).get("committeeMembers").asInt()).isEqualTo(3);
        assertThat(get(LIST + "&pilot=true").body().get("totalCentres").asInt()).isEqualTo(3);
        assertThat(get(LIST + "&pilot=false").body().get("centres").get(0).get("centreId").asText())
                .isEqualTo("centre-840102-2565");
        JsonNode secondPage = get(LIST + "&page=1&size=3").body();
        assertThat(secondPage.get("totalCentres").asInt()).isEqualTo(4);
        assertThat(secondPage.get("centres")).extracting(c -> c.get("centreId").asText())
                .containsExactly("centre-840301-2565");

        // A replay of the processing group reads the same, even after Talat's committee rows were lost: the replay
        // rebuilds them from the events.
        awaitCaughtUp();
        List<JsonNode> before = new ArrayList<>(List.of(programme, get(TALAT).body(), get(LIST).body()));
        jdbc.update("DELETE FROM centre_committee_member WHERE centre_id = 'centre-840101-2565'");
        assertThat(get(TALAT).body().get("committee")).isEmpty();
        assertThat(post("/api/admin/projections/" + TambonCentresProjection.GROUP + "/replay", "{}").status())
                .isEqualTo(202);
        awaitRebuilt(List.of(TambonCentresProjection.GROUP));
        assertThat(awaitGet(PROGRAMME, p -> p.equals(before.get(0)))).isEqualTo(before.get(0));
        assertThat(awaitGet(TALAT, c -> c.equals(before.get(1)))).isEqualTo(before.get(1));
        assertThat(awaitGet(LIST, l -> l.equals(before.get(2)))).isEqualTo(before.get(2));
    }

    @Test
    void malformed_ids_are_400_naming_the_parameter_and_unknown_ones_404() {
        assertBadParameter(get("/api/pilot-programmes/pilot-84"), "programmeId");
        assertBadParameter(get("/api/tambon-centres/centre-somewhere"), "centreId");
        assertBadParameter(get("/api/tambon-centres"), "provinceCode");
        assertBadParameter(get("/api/tambon-centres?provinceCode=8x"), "provinceCode");
        assertBadParameter(get("/api/tambon-centres?provinceCode=84&pilot=maybe"), "pilot");
        assertBadParameter(get("/api/tambon-centres?provinceCode=84&fiscalYear=12"), "fiscalYear");
        assertBadParameter(get("/api/tambon-centres?provinceCode=84&size=0"), "size");

        Answer noProgramme = get("/api/pilot-programmes/pilot-84-2598");
        assertThat(noProgramme.status()).as("%s", noProgramme.body()).isEqualTo(404);
        assertThat(noProgramme.body().get("detail").asText()).contains("pilot-84-2598");
        Answer noCentre = get("/api/tambon-centres/centre-840199-2598");
        assertThat(noCentre.status()).as("%s", noCentre.body()).isEqualTo(404);
        assertThat(noCentre.body().get("detail").asText()).contains("centre-840199-2598");
    }

    private static void assertBadParameter(Answer answer, String field) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private static String establish(int tambon, boolean pilot) {
        return json("{'subdistrictCode':" + tambon + ",'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 2'},"
                + "'establishedOn':'2021-11-15','pilot':" + pilot + ",'programmeId':'pilot-84-2565'}");
    }
}
