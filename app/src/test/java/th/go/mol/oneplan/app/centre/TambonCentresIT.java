package th.go.mol.oneplan.app.centre;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surat Thani (84) runs its pilot programme of tambon centres in FY 2563 over HTTP: the programme, one pilot
 * centre in each of its 19 districts (the first tambon of each), their committees and mentors, and the requests
 * the rules refuse, which record nothing.
 */
class TambonCentresIT extends LedgerIntegrationTest {
    private static final String PROGRAMME = "pilot-84-2563";
    /** The first tambon of each of Surat Thani's 19 districts, 8401 to 8419: 840101, 840201, ... 841901. */
    private static final List<Integer> PILOT_TAMBONS = IntStream.rangeClosed(1, 19).map(d -> 840001 + d * 100)
            .boxed().toList();
    private static final String TALAT = "/api/tambon-centres/centre-840101-2563";

    @BeforeEach
    void suratThaniHasDeclaredItsProgrammeAndEstablishedItsPilots() {
        Answer declared = post("/api/pilot-programmes", json("{'provinceCode':84,'fiscalYear':2563,"
                + "'name':'โครงการนำร่องศูนย์พัฒนาคุณภาพชีวิตแรงงานนอกระบบระดับตำบล จังหวัดสุราษฎร์ธานี',"
                + "'declaredOn':'2019-10-20'}"));
        if (declared.status() == 409) {
            return; // an earlier test of this class declared it and established the pilots
        }
        assertThat(declared.status()).as("%s", declared.body()).isEqualTo(201);
        assertThat(declared.location()).isEqualTo("/api/pilot-programmes/" + PROGRAMME);
        assertThat(declared.body().get("programmeId").asText()).isEqualTo(PROGRAMME);
        for (int tambon : PILOT_TAMBONS) {
            Answer designated = post("/api/pilot-programmes/" + PROGRAMME + "/pilot-centres", designation(tambon));
            assertThat(designated.status()).as("%s: %s", tambon, designated.body()).isEqualTo(201);
            Answer established = post("/api/tambon-centres", json("{'subdistrictCode':" + tambon + ","
                    + "'venue':{'kind':'VILLAGE_HALL','name':'ศาลาอเนกประสงค์ หมู่ 1'},'establishedOn':'2019-11-15',"
                    + "'pilot':true,'programmeId':'" + PROGRAMME + "'}"));
            assertThat(established.status()).as("%s: %s", tambon, established.body()).isEqualTo(201);
            assertThat(established.location()).isEqualTo("/api/tambon-centres/centre-" + tambon + "-2563");
            assertThat(established.body().get("centreId").asText()).isEqualTo("centre-" + tambon + "-2563");
        }
    }

    @Test
    void a_second_pilot_in_a_district_is_refused_naming_the_districts_pilot() {
        long before = eventsInStore();

        Answer second = post("/api/pilot-programmes/" + PROGRAMME + "/pilot-centres", designation(840102));

        assertRefused(second, 409, "one-pilot-per-district");
        assertThat(second.body().get("detail").asText()).contains("centre-840101-2563");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void a_programme_or_centre_created_twice_is_a_conflict_and_an_unknown_one_a_404_naming_it() {
        long before = eventsInStore();

        assertRefused(post("/api/pilot-programmes", json("{'provinceCode':84,'fiscalYear':2563,'name':'Again',"
                + "'declaredOn':'2019-10-21'}")), 409, "programme-already-declared");
        assertRefused(post("/api/tambon-centres", json("{'centreId':'centre-840101-2563','subdistrictCode':840101,"
                + "'venue':{'kind':'TEMPLE','name':'วัด'},'establishedOn':'2019-11-16','pilot':false,"
                + "'programmeId':'" + PROGRAMME + "'}")), 409, "centre-already-established");
        Answer unknownCentre = post("/api/tambon-centres/centre-840102-2563/mentors", mentor("Nobody"));
        assertThat(unknownCentre.status()).as("%s", unknownCentre.body()).isEqualTo(404);
        assertThat(unknownCentre.body().get("what").asText()).isEqualTo("centre");
        assertThat(unknownCentre.body().get("detail").asText()).contains("centre-840102-2563");
        Answer unknownProgramme = post("/api/pilot-programmes/pilot-84-2597/pilot-centres", designation(840101));
        assertThat(unknownProgramme.status()).as("%s", unknownProgramme.body()).isEqualTo(404);
        assertThat(unknownProgramme.body().get("what").asText()).isEqualTo("programme");
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void a_committee_needs_a_local_government_representative_and_keeps_its_labour_volunteer() {
        String centre = "/api/tambon-centres/centre-841901-2563";
        long before = eventsInStore();
        assertRefused(post(centre + "/committee", json("{'members':[{'name':'นายสมชาย ใจดี','role':'CHAIR',"
                + "'labourVolunteer':true}],'appointedOn':'2019-12-01'}")), 409, "committee-needs-local-government");
        assertThat(eventsInStore()).isEqualTo(before);

        Answer appointed = post(centre + "/committee", json("{'members':[{'name':'นายสมชาย ใจดี','role':'CHAIR',"
                + "'labourVolunteer':true},{'name':'นางสมศรี รักถิ่น','role':'MEMBER',"
                + "'localGovernmentRepresentative':true,'organisation':'อบต.ท่าชนะ'}],'appointedOn':'2019-12-01'}"));
        assertThat(appointed.status()).as("%s", appointed.body()).isEqualTo(201);
        assertThat(appointed.body().get("centreId").asText()).isEqualTo("centre-841901-2563");
        assertThat(appointed.body().get("version").asLong()).isEqualTo(2);

        long afterAppointment = eventsInStore();
        assertRefused(post(centre + "/committee/amendments", json("{'membersAdded':[{'name':'นายใหม่ มาแทน',"
                + "'role':'CHAIR'}],'membersRemoved':['นายสมชาย ใจดี'],'reason':'ย้ายที่อยู่',"
                + "'amendedOn':'2020-01-10'}")), 409, "committee-needs-labour-volunteer");
        assertThat(eventsInStore()).isEqualTo(afterAppointment);

        Answer mentor = post(centre + "/mentors", mentor("นางพี่เลี้ยง ทีมหลัก"));
        assertThat(mentor.status()).as("%s", mentor.body()).isEqualTo(201);
        assertThat(eventsInStore()).isEqualTo(afterAppointment + 1);
    }

    @Test
    void an_officer_of_another_province_records_nothing_on_surat_thanis_centres() {
        Login krabi = userWith("officer@krabi-centres", Role.PROVINCIAL_OFFICER, 81, null);
        long before = eventsInStore();

        for (String[] request : List.of(
                new String[]{"/api/pilot-programmes/" + PROGRAMME + "/pilot-centres", designation(840102)},
                new String[]{"/api/tambon-centres", json("{'subdistrictCode':840102,'venue':{'kind':'SCHOOL',"
                        + "'name':'โรงเรียน'},'establishedOn':'2019-11-15','pilot':false,'programmeId':'"
                        + PROGRAMME + "'}")},
                new String[]{TALAT + "/mentors", mentor("Krabi mentor")},
                new String[]{TALAT + "/committee", json("{'members':[{'name':'A','role':'CHAIR',"
                        + "'labourVolunteer':true,'localGovernmentRepresentative':true,'organisation':'อบต.'}],"
                        + "'appointedOn':'2019-12-01'}")})) {
            Reply reply = exchange(HttpMethod.POST, request[0], request[1], krabi.basic());
            assertThat(reply.status()).as("%s: %s", request[0], reply.body()).isEqualTo(403);
            assertThat(reply.body().get("rule").asText()).isEqualTo("outside-scope");
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void a_retried_request_with_the_same_idempotency_key_gets_the_same_answer() {
        String path = "/api/tambon-centres/centre-840201-2563/mentors";
        String body = mentor("นายตามติด ทุกวัน");
        Map<String, String> key = Map.of("Idempotency-Key", "mentor-840201-1");

        Answer first = postWithHeaders(path, body, key);
        long after = eventsInStore();
        Answer retried = postWithHeaders(path, body, key);

        assertThat(first.status()).as("%s", first.body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(retried.location()).as("ETag").isEqualTo(first.location());
        assertThat(eventsInStore()).isEqualTo(after);
    }

    private static void assertRefused(Answer answer, int status, String rule) {
        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(status);
        JsonNode problem = answer.body();
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
    }

    private static String designation(int tambon) {
        return json("{'centreId':'centre-" + tambon + "-2563','subdistrictCode':" + tambon + ","
                + "'designatedOn':'2019-11-01'}");
    }

    private static String mentor(String name) {
        return json("{'mentorName':'" + name + "','agency':'สำนักงานแรงงานจังหวัดสุราษฎร์ธานี',"
                + "'assignedOn':'2019-12-15'}");
    }
}
