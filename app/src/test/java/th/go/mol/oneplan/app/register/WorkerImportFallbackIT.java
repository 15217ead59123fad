package th.go.mol.oneplan.app.register;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import th.go.mol.oneplan.app.LedgerIntegrationTest;
import th.go.mol.oneplan.app.security.Role;
import th.go.mol.oneplan.app.workerimport.SurveyFiles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The import's fall-back to one row at a time (docs/import.md), on Phitsanulok (65), which no other test registers
 * workers in (national ids from seed 65,000,000): a batch that holds the same person twice, and a person another
 * centre registered already, is refused whole by national-id uniqueness; its rows are then sent one by one, so every
 * good row is registered once, the repeats are reported as already registered, and nothing of the refused rows is
 * left behind (no claim, no idempotency row, no event).
 */
class WorkerImportFallbackIT extends LedgerIntegrationTest {
    private static final String CENTRE = "centre-650101-2563";
    private static final String ELSEWHERE = "centre-650102-2563";

    private Login officer;

    @BeforeEach
    void theCentresAreEstablished() {
        officer = userWith("officer@phitsanulok", Role.PROVINCIAL_OFFICER, 65, null);
        if (getStatus("/api/pilot-programmes/pilot-65-2563") == 404) {
            post("/api/pilot-programmes", json("{'provinceCode':65,'fiscalYear':2563,'name':'โครงการศูนย์ฯ พิษณุโลก',"
                    + "'declaredOn':'2019-10-20'}"), "officer@phitsanulok");
        }
        for (String centre : List.of(CENTRE, ELSEWHERE)) {
            if (jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                    centre) == 0) {
                String tambon = centre.substring(7, 13);
                Answer established = post("/api/tambon-centres", json("{'centreId':'" + centre + "','subdistrictCode':"
                        + tambon + ",'venue':{'kind':'VILLAGE_HALL','name':'ศาลาประชาคม หมู่ 1'},"
                        + "'establishedOn':'2019-11-15','pilot':false,'programmeId':'pilot-65-2563'}"),
                        "officer@phitsanulok");
                assertThat(established.status()).as("%s", established.body()).isEqualTo(201);
            }
        }
    }

    @Test
    void a_batch_with_the_same_person_twice_and_a_person_registered_elsewhere_registers_every_good_row_once() {
        String elsewhere = SurveyFiles.row(65_000_100, 650102);
        JsonNode first = awaitDone(upload(ELSEWHERE, SurveyFiles.HEADER + "\n" + elsewhere + "\n"));
        assertThat(first.get("registered").asLong()).as("the person registered by the other centre first").isOne();

        String twice = SurveyFiles.row(65_000_002, 650101);
        String file = String.join("\n", SurveyFiles.HEADER,
                SurveyFiles.row(65_000_001, 650101),                        // line 2
                twice,                                                      // line 3
                SurveyFiles.row(65_000_003, 650101),                        // line 4
                elsewhere.replace(",650102,", ",650101,"),                  // line 5: registered by the other centre
                SurveyFiles.row(65_000_004, 650101),                        // line 6
                twice,                                                      // line 7: the same person as line 3
                SurveyFiles.row(65_000_005, 650101),                        // line 8
                "1111111111111" + SurveyFiles.row(65_000_006, 650101).substring(13), // line 9: wrong check digit
                SurveyFiles.row(65_000_007, 650101),                        // line 10
                SurveyFiles.row(65_000_008, 650101)) + "\n";                // line 11

        String job = upload(CENTRE, file);
        JsonNode done = awaitDone(job);

        assertThat(done.get("rowsDone").asLong()).isEqualTo(10);
        assertThat(done.get("registered").asLong()).isEqualTo(7);
        assertThat(done.get("alreadyRegistered").asLong()).isEqualTo(2);
        assertThat(done.get("rejected").asLong()).isEqualTo(1);
        JsonNode errors = exchange(HttpMethod.GET, job + "/errors", null, officer.basic()).body().get("errors");
        assertThat(errors).extracting(e -> e.get("line").asLong(), e -> e.get("field").asText(),
                e -> e.get("rule").asText()).containsExactly(
                tuple(5L, "nationalId", "national-id-registered"),
                tuple(7L, "nationalId", "national-id-registered"),
                tuple(9L, "nationalId", "national-id-check-digit"));

        // Nothing half-written: the registered rows only, each with one claim, one idempotency row and one event.
        List<Map<String, Object>> keys = jdbc.queryForList("select idempotency_key, aggregate_id, response_status"
                + " from idempotent_request where idempotency_key like ? order by idempotency_key",
                "import:" + CENTRE + ":%");
        assertThat(keys).extracting(k -> k.get("idempotency_key").toString().replaceAll(".*:", ""))
                .containsExactlyInAnyOrder("2", "3", "4", "6", "8", "10", "11");
        assertThat(keys).allMatch(k -> Integer.valueOf(201).equals(k.get("response_status")));
        for (Map<String, Object> key : keys) {
            assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                    Long.class, key.get("aggregate_id"))).as("events of %s", key.get("aggregate_id")).isOne();
        }
        assertThat(jdbc.queryForObject("select count(*) from national_id_claim where centre_id = ?", Long.class,
                CENTRE)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from national_id_claim where centre_id = ?", Long.class,
                ELSEWHERE)).as("the other centre keeps its worker").isOne();
    }

    private String upload(String centre, String file) {
        Reply reply = http.post().uri("/api/tambon-centres/" + centre + "/worker-imports")
                .contentType(MediaType.parseMediaType("text/csv")).headers(officer.basic())
                .body(file.getBytes(StandardCharsets.UTF_8))
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        JSON.readTree(response.getBody().readAllBytes())));
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(202);
        return reply.headers().getFirst(HttpHeaders.LOCATION);
    }

    private JsonNode awaitDone(String job) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Reply status = exchange(HttpMethod.GET, job, null, officer.basic());
            last[0] = status.body();
            assertThat(status.body().get("status").asText()).isNotEqualTo("FAILED");
            return status.body().get("status").asText().equals("DONE");
        });
        return last[0];
    }
}
