package th.go.mol.oneplan.app.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read your own writes: a command's answer names the event position of what it recorded (Event-Position), and a
 * query given it as minPosition answers with the write in it, or 503 not-yet-visible, never without it. Ranong's
 * drive of FY 2566 is this test's own.
 */
class ReadYourWritesIT extends LedgerIntegrationTest {
    private static final String DRIVE = "/api/drives/85-2566";
    private static final String START_2567 = json("{'provinceCode':85,'fiscalYear':2567,"
            + "'leadOfficer':{'name':'Lead','position':'Head'},'leadAssignedOn':'2023-10-20'}");

    @Test
    void an_officer_who_corrects_a_meeting_and_reads_the_drive_at_once_sees_the_correction_every_time() {
        long started = position(send(HttpMethod.POST, "/api/drives", "{'provinceCode':85,'fiscalYear':2566,"
                + "'leadOfficer':{'name':'Lead','position':'Provincial Labour head'},'leadAssignedOn':'2022-10-20'}"));
        long meeting = position(send(HttpMethod.POST, DRIVE + "/meetings", "{'meetingNumber':'1/2566',"
                + "'meetingType':'WORKING_GROUP','meetingDate':'2022-11-25','chair':'Vice governor'}"));
        assertThat(meeting).as("a later command, a later position").isGreaterThan(started);

        for (int day = 1; day <= 8; day++) {
            String date = "2022-11-%02d".formatted(day + 10);
            Reply corrected = send(HttpMethod.POST, DRIVE + "/corrections", "{'correctsEventId':'85-2566/2',"
                    + "'whatWasWrong':'the minutes give another day','corrections':[{'field':'meetingDate',"
                    + "'correctedValue':'" + date + "'}],'correctedOn':'2022-12-01'}");

            JsonNode drive = get(DRIVE + "?minPosition=" + position(corrected)).body();

            assertThat(drive.at("/meetings/0/meetingDate").asText()).as("read right after correction %d: %s", day, drive)
                    .isEqualTo(date);
        }
    }

    @Test
    void a_position_the_read_models_do_not_reach_in_time_is_a_503_to_ask_again_never_an_answer_without_it() {
        Reply reply = exchange(HttpMethod.GET, "/api/drives/85-2566/kpi?minPosition=" + Long.MAX_VALUE, null,
                admin().basic());

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body().get("rule").asText()).isEqualTo("not-yet-visible");
        assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }

    @Test
    void a_malformed_position_is_a_400_naming_it() {
        Reply reply = exchange(HttpMethod.GET, "/api/drives/85-2566/audit?minPosition=-3", null, admin().basic());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().at("/errors/0/field").asText()).isEqualTo("minPosition");
        assertThat(reply.body().at("/errors/0/rule").asText()).isEqualTo("position");
    }

    @Test
    void a_retry_with_the_same_key_names_the_position_the_first_answer_named() {
        Reply first = http.post().uri("/api/drives").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .headers(loginFor(HttpMethod.POST, "/api/drives", START_2567, "officer@ranong").basic())
                .header("Idempotency-Key", "ranong-2567-start")
                .body(START_2567)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(), null));
        Reply again = http.post().uri("/api/drives").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .headers(loginFor(HttpMethod.POST, "/api/drives", START_2567, "officer@ranong").basic())
                .header("Idempotency-Key", "ranong-2567-start")
                .body(START_2567)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(), null));

        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.headers().getFirst("Event-Position")).isEqualTo(first.headers().getFirst("Event-Position"))
                .isNotBlank();
    }

    private Reply send(HttpMethod method, String path, String body) {
        Reply reply = exchange(method, path, json(body), loginFor(method, path, json(body), "officer@ranong").basic());
        assertThat(reply.status()).as("%s %s: %s", method, path, reply.body()).isEqualTo(201);
        return reply;
    }

    private static long position(Reply reply) {
        String position = reply.headers().getFirst("Event-Position");
        assertThat(position).as("Event-Position").matches("\\d+");
        return Long.parseLong(position);
    }
}
